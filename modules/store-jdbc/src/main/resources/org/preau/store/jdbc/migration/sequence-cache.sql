-- Identifiers are taken from the sequence one person at a time; H2 writes a sequence's state to disk each time its cache
-- runs out, so a larger cache spares a write per few dozen rows. Values skipped after a crash leave gaps, never
-- duplicates.
alter sequence Preau_IdSequence cache 1000;
