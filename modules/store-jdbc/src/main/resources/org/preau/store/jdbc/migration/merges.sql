-- The merges of duplicate people an administrator decided: each with what it changed, so that undoing it gives back
-- both persons as they were, and the source keys of the merged people while their merge holds, so that a feed that
-- still lists a merged duplicate names the person it was merged into. Every statement can run again, so that a
-- migration interrupted halfway completes.

create table if not exists Preau_PersonMerge (
	mergeId BIGINT not null primary key,
	uai VARCHAR(8) not null,
	survivorExternalId VARCHAR(200) not null,
	absorbedExternalId VARCHAR(200) not null,
	actor VARCHAR(75) not null,
	createDate TIMESTAMP not null,
	undoneDate TIMESTAMP null,
	changes BLOB not null
);

create index if not exists IX_PREAU_PERSONMERGE_U on Preau_PersonMerge (uai, createDate);

create table if not exists Preau_MergedKey (
	source VARCHAR(20) not null,
	sourceId VARCHAR(200) not null,
	survivorExternalId VARCHAR(200) not null,
	mergeId BIGINT not null,
	primary key (source, sourceId)
);

create index if not exists IX_PREAU_MERGEDKEY_S on Preau_MergedKey (survivorExternalId);
create index if not exists IX_PREAU_MERGEDKEY_M on Preau_MergedKey (mergeId);
