-- The directory and the accounts that the portal provides in its own host (users, organizations, user groups), kept
-- here for the embedded host only. Column names follow Service Builder's style so that both schemas read alike.

create sequence Preau_IdSequence start with 1;

create table Preau_Establishment (
	establishmentId BIGINT not null primary key,
	uai VARCHAR(8) not null,
	name VARCHAR(200) not null,
	kind VARCHAR(30) not null,
	city VARCHAR(200) not null,
	createDate TIMESTAMP not null,
	modifiedDate TIMESTAMP not null
);

create unique index IX_PREAU_ESTABLISHMENT_U on Preau_Establishment (uai);

create table Preau_Person (
	personId BIGINT not null primary key,
	externalId VARCHAR(200) not null,
	source VARCHAR(20) not null,
	profile VARCHAR(20) not null,
	uai VARCHAR(8) not null,
	lastName VARCHAR(200) not null,
	firstName VARCHAR(200) not null,
	birthDate DATE null,
	emailAddress VARCHAR(254) null,
	ine VARCHAR(75) null,
	classCode VARCHAR(200) null,
	personState VARCHAR(20) not null,
	createDate TIMESTAMP not null,
	modifiedDate TIMESTAMP not null
);

create unique index IX_PREAU_PERSON_E on Preau_Person (externalId);
create index IX_PREAU_PERSON_U_P_S on Preau_Person (uai, profile, personState);
create index IX_PREAU_PERSON_U_P_N on Preau_Person (uai, profile, lastName, firstName, externalId);

create table Preau_PersonGroup (
	personId BIGINT not null,
	groupCode VARCHAR(200) not null,
	primary key (personId, groupCode)
);

create table Preau_PersonFunction (
	personId BIGINT not null,
	functionCode VARCHAR(20) not null,
	primary key (personId, functionCode)
);

create table Preau_SchoolClass (
	schoolClassId BIGINT not null primary key,
	uai VARCHAR(8) not null,
	classCode VARCHAR(200) not null,
	mefCode VARCHAR(200) null,
	createDate TIMESTAMP not null,
	modifiedDate TIMESTAMP not null
);

create unique index IX_PREAU_SCHOOLCLASS_U_C on Preau_SchoolClass (uai, classCode);

create table Preau_TeachingGroup (
	teachingGroupId BIGINT not null primary key,
	uai VARCHAR(8) not null,
	groupCode VARCHAR(200) not null,
	createDate TIMESTAMP not null,
	modifiedDate TIMESTAMP not null
);

create unique index IX_PREAU_TEACHINGGROUP_U_G on Preau_TeachingGroup (uai, groupCode);

create table Preau_TeachingGroupClass (
	teachingGroupId BIGINT not null,
	classCode VARCHAR(200) not null,
	primary key (teachingGroupId, classCode)
);

create table Preau_Level (
	levelId BIGINT not null primary key,
	mefCode VARCHAR(200) not null,
	label VARCHAR(200) not null,
	createDate TIMESTAMP not null,
	modifiedDate TIMESTAMP not null
);

create unique index IX_PREAU_LEVEL_M on Preau_Level (mefCode);

create table Preau_Subject (
	subjectId BIGINT not null primary key,
	subjectCode VARCHAR(200) not null,
	label VARCHAR(200) not null,
	createDate TIMESTAMP not null,
	modifiedDate TIMESTAMP not null
);

create unique index IX_PREAU_SUBJECT_S on Preau_Subject (subjectCode);

create table Preau_Account (
	accountId BIGINT not null primary key,
	login VARCHAR(64) not null,
	displayName VARCHAR(200) not null,
	passwordHash VARCHAR(512) not null,
	enabled BOOLEAN not null,
	createDate TIMESTAMP not null,
	modifiedDate TIMESTAMP not null
);

create unique index IX_PREAU_ACCOUNT_L on Preau_Account (login);

create table Preau_AccountGrant (
	accountId BIGINT not null,
	grantKey VARCHAR(75) not null,
	primary key (accountId, grantKey)
);

-- The embedded host reads the newest audit events and import runs first; the portal has its own search for these.

create index IX_PREAU_AUDITEVENT_C_CD on Preau_AuditEvent (companyId, createDate);
create index IX_PREAU_IMPORTRUN_U_SD on Preau_ImportRun (uai, startDate);
