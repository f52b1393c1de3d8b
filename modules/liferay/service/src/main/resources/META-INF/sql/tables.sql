create table Preau_AccountCode (
	accountCodeId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	login VARCHAR(75) null,
	codeHash VARCHAR(200) null,
	mode_ VARCHAR(75) null,
	expiryDate DATE null
);

create table Preau_AccountSuspension (
	accountSuspensionId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	login VARCHAR(75) null,
	uai VARCHAR(75) null,
	action VARCHAR(75) null,
	reason VARCHAR(500) null,
	untilDate DATE null,
	actor VARCHAR(75) null
);

create table Preau_AuditEvent (
	auditEventId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	actor VARCHAR(75) null,
	action VARCHAR(75) null,
	target VARCHAR(255) null,
	outcome VARCHAR(75) null,
	detail VARCHAR(1000) null
);

create table Preau_CodeDistribution (
	codeDistributionId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	uai VARCHAR(75) null,
	actor VARCHAR(75) null,
	kind VARCHAR(75) null,
	scope VARCHAR(255) null,
	personCount INTEGER
);

create table Preau_DirectoryMerge (
	directoryMergeId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	uai VARCHAR(75) null,
	survivorExternalId VARCHAR(200) null,
	absorbedExternalId VARCHAR(200) null,
	actor VARCHAR(75) null,
	undoneDate DATE null,
	changes TEXT null
);

create table Preau_DirectoryMergedKey (
	directoryMergedKeyId LONG not null primary key,
	companyId LONG,
	uai VARCHAR(75) null,
	source VARCHAR(75) null,
	sourceId VARCHAR(200) null,
	survivorExternalId VARCHAR(200) null,
	directoryMergeId LONG
);

create table Preau_GuestAccount (
	guestAccountId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	login VARCHAR(75) null,
	uai VARCHAR(75) null,
	kind VARCHAR(75) null,
	firstName VARCHAR(75) null,
	lastName VARCHAR(75) null,
	emailAddress VARCHAR(75) null,
	sponsor VARCHAR(75) null,
	expiryDate DATE null,
	createdBy VARCHAR(75) null
);

create table Preau_ImportRun (
	importRunId LONG not null primary key,
	companyId LONG,
	uai VARCHAR(75) null,
	source VARCHAR(75) null,
	actor VARCHAR(75) null,
	startDate DATE null,
	endDate DATE null,
	status VARCHAR(75) null,
	recordCount INTEGER,
	summary STRING null
);

create table Preau_MessagingRule (
	messagingRuleId LONG not null primary key,
	companyId LONG,
	kind VARCHAR(75) null,
	uai VARCHAR(75) null,
	scope VARCHAR(75) null,
	code_ VARCHAR(75) null
);

create table Preau_ParentRelation (
	parentRelationId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	modifiedDate DATE null,
	uai VARCHAR(75) null,
	parentExternalId VARCHAR(200) null,
	pupilExternalId VARCHAR(200) null,
	legalLevel INTEGER,
	kinshipCode VARCHAR(75) null
);

create table Preau_RightsHistoryEntry (
	rightsHistoryEntryId LONG not null primary key,
	companyId LONG,
	changeDate DATE null,
	author VARCHAR(75) null,
	uai VARCHAR(75) null,
	kind VARCHAR(75) null,
	subject VARCHAR(255) null,
	beforeValue VARCHAR(255) null,
	afterValue VARCHAR(255) null,
	reason VARCHAR(1000) null
);

create table Preau_RightsRule (
	rightsRuleId LONG not null primary key,
	companyId LONG,
	kind VARCHAR(75) null,
	uai VARCHAR(75) null,
	serviceKey VARCHAR(75) null,
	action VARCHAR(75) null,
	role_ VARCHAR(75) null,
	allowed BOOLEAN,
	author VARCHAR(75) null,
	changeDate DATE null,
	reason VARCHAR(1000) null
);

create table Preau_SchoolDelegation (
	schoolDelegationId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	kind VARCHAR(75) null,
	login VARCHAR(75) null,
	uai VARCHAR(75) null,
	untilDate DATE null,
	author VARCHAR(75) null,
	reason VARCHAR(1000) null
);

create table Preau_TeachingAssignment (
	teachingAssignmentId LONG not null primary key,
	companyId LONG,
	createDate DATE null,
	modifiedDate DATE null,
	uai VARCHAR(75) null,
	teacherExternalId VARCHAR(200) null,
	structureCode VARCHAR(200) null,
	groupStructure BOOLEAN,
	subjectCode VARCHAR(200) null,
	headTeacher BOOLEAN
);