-- The login of each person of the directory. A login, once given, stays with its person for good: the row is never
-- deleted, so that no other person can be given it later, even after the first one has left.

create table Preau_Login (
	login VARCHAR(75) not null primary key,
	externalId VARCHAR(200) not null,
	createDate TIMESTAMP not null
);

create unique index IX_PREAU_LOGIN_E on Preau_Login (externalId);
