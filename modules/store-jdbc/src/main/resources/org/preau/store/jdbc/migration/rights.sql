-- Rights and messaging rules: the académie's changes to the shipped default matrix, each school's overrides and closed
-- modules, its choice to let head teachers administer their class, delegations, external e-mail openings, linked
-- schools, and the history of every change.

create table Preau_RightsDefault (
	serviceKey VARCHAR(64) not null,
	action VARCHAR(20) not null,
	role VARCHAR(30) not null,
	allowed BOOLEAN not null,
	author VARCHAR(75) not null,
	changeDate TIMESTAMP not null,
	reason VARCHAR(500) not null,
	primary key (serviceKey, action, role)
);

create table Preau_RightsOverride (
	uai VARCHAR(8) not null,
	serviceKey VARCHAR(64) not null,
	action VARCHAR(20) not null,
	role VARCHAR(30) not null,
	allowed BOOLEAN not null,
	author VARCHAR(75) not null,
	changeDate TIMESTAMP not null,
	reason VARCHAR(1000) not null,
	primary key (uai, serviceKey, action, role)
);

create table Preau_ModuleClosure (
	uai VARCHAR(8) not null,
	serviceKey VARCHAR(64) not null,
	author VARCHAR(75) not null,
	changeDate TIMESTAMP not null,
	reason VARCHAR(1000) not null,
	primary key (uai, serviceKey)
);

create table Preau_ClassAdministration (
	uai VARCHAR(8) not null primary key
);

create table Preau_Delegation (
	delegationId BIGINT not null primary key,
	kind VARCHAR(30) not null,
	login VARCHAR(75) not null,
	uai VARCHAR(8) not null,
	untilDate TIMESTAMP null,
	author VARCHAR(75) not null,
	createDate TIMESTAMP not null,
	reason VARCHAR(500) not null
);

create index IX_PREAU_DELEGATION_L on Preau_Delegation (login);

create table Preau_MailOpening (
	uai VARCHAR(8) not null,
	scope VARCHAR(20) not null,
	code VARCHAR(75) not null,
	primary key (uai, scope, code)
);

create table Preau_LinkedSchools (
	firstUai VARCHAR(8) not null,
	secondUai VARCHAR(8) not null,
	primary key (firstUai, secondUai)
);

create table Preau_RightsChange (
	changeId BIGINT not null primary key,
	changeDate TIMESTAMP not null,
	author VARCHAR(75) not null,
	uai VARCHAR(8) null,
	kind VARCHAR(30) not null,
	subject VARCHAR(255) not null,
	beforeValue VARCHAR(255) not null,
	afterValue VARCHAR(255) not null,
	reason VARCHAR(1000) not null
);

create index IX_PREAU_RIGHTSCHANGE_U on Preau_RightsChange (uai, changeDate);
