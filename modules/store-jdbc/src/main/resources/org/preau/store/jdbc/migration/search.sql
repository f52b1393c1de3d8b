-- What the directory search needs. A name is found by a prefix of its last or first name, compared without accents or
-- case: each name has a folded key beside it, computed by the database itself so that every writer of Preau_Person
-- keeps it right, and folded as Names.fold folds the text typed (lower case, the accented letters of the Latin
-- alphabets without their accents, œ and æ spelt out, typographic apostrophes made plain).

alter table Preau_Person add column if not exists lastNameKey VARCHAR(200) generated always as (translate(replace(replace(replace(replace(lower(lastName), 'œ', 'oe'), 'æ', 'ae'), '’', ''''), '‘', ''''), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ', 'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy'));

alter table Preau_Person add column if not exists firstNameKey VARCHAR(200) generated always as (translate(replace(replace(replace(replace(lower(firstName), 'œ', 'oe'), 'æ', 'ae'), '’', ''''), '‘', ''''), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ', 'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy'));

-- Results are ordered by the keys, so that Élodie comes before Emma. Within an establishment (a few thousand people at
-- most) one index in the order of the results serves every search: a page is read along it, the other criteria
-- filtered on the way. Every index of Preau_Person costs each import, which writes and commits its entries
-- establishment by establishment, so there are no others: neither by first name or profile (the establishment's range
-- of this one is short), nor by state, nor of the names across the académie (each establishment's commit would rewrite
-- most of its pages); a name searched across the académie reads the table. Then the searches by function, group and
-- level across the académie, by class within a school, and the teachers of a subject.

create index IX_PREAU_PERSON_U_LNK on Preau_Person (uai, lastNameKey, firstNameKey, externalId);
create index IX_PREAU_PERSON_U_C on Preau_Person (uai, classCode);
create index IX_PREAU_PERSONFUNCTION_F on Preau_PersonFunction (functionCode, personId);
create index IX_PREAU_PERSONGROUP_G on Preau_PersonGroup (groupCode, personId);
create index IX_PREAU_SCHOOLCLASS_M on Preau_SchoolClass (mefCode);
create index IX_PREAU_TEACHINGASSIGNMENT_U_SU on Preau_TeachingAssignment (uai, subjectCode, teacherExternalId);
create index IX_PREAU_TEACHINGASSIGNMENT_U_ST on Preau_TeachingAssignment (uai, structureCode, teacherExternalId);
