create index IX_C36B1B49 on Preau_AccountCode (companyId, login[$COLUMN_LENGTH:75$]);

create index IX_F8442579 on Preau_AccountSuspension (companyId, login[$COLUMN_LENGTH:75$]);
create index IX_2605FBED on Preau_AccountSuspension (companyId, uai[$COLUMN_LENGTH:75$]);

create index IX_2FB201EA on Preau_AuditEvent (companyId, actor[$COLUMN_LENGTH:75$]);

create index IX_F0511524 on Preau_CodeDistribution (companyId, uai[$COLUMN_LENGTH:75$]);

create index IX_89EF261F on Preau_DirectoryMerge (companyId, survivorExternalId[$COLUMN_LENGTH:200$]);
create index IX_A1B7915E on Preau_DirectoryMerge (companyId, uai[$COLUMN_LENGTH:75$]);

create index IX_9667BA79 on Preau_DirectoryMergedKey (companyId, uai[$COLUMN_LENGTH:75$]);
create index IX_7FCE360E on Preau_DirectoryMergedKey (directoryMergeId);

create index IX_8DA8A314 on Preau_GuestAccount (companyId, login[$COLUMN_LENGTH:75$]);
create index IX_8A132448 on Preau_GuestAccount (companyId, uai[$COLUMN_LENGTH:75$]);

create index IX_FED51049 on Preau_ImportRun (uai[$COLUMN_LENGTH:75$]);

create index IX_B79BBBEA on Preau_MessagingRule (companyId);

create unique index IX_70AE6E8C on Preau_ParentRelation (parentExternalId[$COLUMN_LENGTH:200$], pupilExternalId[$COLUMN_LENGTH:200$]);
create index IX_3DF97490 on Preau_ParentRelation (pupilExternalId[$COLUMN_LENGTH:200$]);
create index IX_D6E41E59 on Preau_ParentRelation (uai[$COLUMN_LENGTH:75$]);

create index IX_D6FEE0C8 on Preau_RightsHistoryEntry (companyId, uai[$COLUMN_LENGTH:75$]);

create index IX_D8C04BA7 on Preau_RightsRule (companyId);

create index IX_596F1DFE on Preau_SchoolDelegation (companyId);

create index IX_A39BA1D0 on Preau_TeachingAssignment (teacherExternalId[$COLUMN_LENGTH:200$]);
create index IX_BCB3D16B on Preau_TeachingAssignment (uai[$COLUMN_LENGTH:75$], structureCode[$COLUMN_LENGTH:200$]);
create unique index IX_349A5CAC on Preau_TeachingAssignment (uai[$COLUMN_LENGTH:75$], teacherExternalId[$COLUMN_LENGTH:200$], structureCode[$COLUMN_LENGTH:200$], subjectCode[$COLUMN_LENGTH:200$]);