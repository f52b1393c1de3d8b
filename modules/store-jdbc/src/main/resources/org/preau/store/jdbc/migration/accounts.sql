-- What the embedded host keeps about credentials, suspensions and guests; in the portal, the portal's users, password
-- policies and tickets play these parts. No secret is ever stored: only the salted hash of the code last issued to a
-- login, which a new code replaces.

create table Preau_ActivationCode (
	login VARCHAR(75) not null primary key,
	codeHash VARCHAR(200) not null,
	mode VARCHAR(20) not null,
	issuedDate TIMESTAMP not null,
	expiresDate TIMESTAMP not null
);

create table Preau_CredentialDistribution (
	distributionId BIGINT not null primary key,
	uai VARCHAR(8) not null,
	actor VARCHAR(75) not null,
	kind VARCHAR(20) not null,
	scope VARCHAR(255) not null,
	personCount INTEGER not null,
	createDate TIMESTAMP not null
);

create index IX_PREAU_CREDDIST_U_CD on Preau_CredentialDistribution (uai, createDate);

-- The suspension in force of each suspended login; its history, reactivations included, in Preau_SuspensionEvent.

create table Preau_Suspension (
	login VARCHAR(75) not null primary key,
	uai VARCHAR(8) not null,
	reason VARCHAR(500) not null,
	untilDate DATE null,
	actor VARCHAR(75) not null,
	createDate TIMESTAMP not null
);

create index IX_PREAU_SUSPENSION_UD on Preau_Suspension (untilDate);

create table Preau_SuspensionEvent (
	suspensionEventId BIGINT not null primary key,
	login VARCHAR(75) not null,
	uai VARCHAR(8) not null,
	action VARCHAR(20) not null,
	reason VARCHAR(500) not null,
	untilDate DATE null,
	actor VARCHAR(75) not null,
	createDate TIMESTAMP not null
);

create index IX_PREAU_SUSPENSIONEVENT_U_CD on Preau_SuspensionEvent (uai, createDate);

create table Preau_Guest (
	login VARCHAR(75) not null primary key,
	uai VARCHAR(8) not null,
	kind VARCHAR(20) not null,
	firstName VARCHAR(200) not null,
	lastName VARCHAR(200) not null,
	emailAddress VARCHAR(254) null,
	sponsor VARCHAR(75) not null,
	expiresDate DATE not null,
	createdBy VARCHAR(75) not null,
	createDate TIMESTAMP not null
);

create index IX_PREAU_GUEST_U on Preau_Guest (uai);
create index IX_PREAU_GUEST_ED on Preau_Guest (expiresDate);
