-- What the feed reconciler keeps beyond the directory itself: when the owning source first stopped listing a person
-- and when their deletion was proposed, and the keys under which other sources know a person. Every statement can run
-- again, so that a migration interrupted halfway completes.

alter table Preau_Person add column if not exists detachedDate DATE null;

alter table Preau_Person add column if not exists deletionProposedDate DATE null;

create table Preau_PersonSourceKey (
	source VARCHAR(20) not null,
	sourceId VARCHAR(200) not null,
	externalId VARCHAR(200) not null,
	createDate TIMESTAMP not null,
	primary key (source, sourceId)
);

create index IX_PREAU_PERSONSOURCEKEY_E on Preau_PersonSourceKey (externalId);
