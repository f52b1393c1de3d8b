-- Each time the sequence's cache runs out, H2 writes its state in a transaction of its own, and with WRITE_DELAY=0
-- that commit stores every page the running import has changed so far: with 1,000 values, an académie's first import
-- (about 2.5 million identifiers) stored its pages 2,500 times, a fifth of its time. Values skipped after a crash
-- leave gaps, never duplicates.
alter sequence Preau_IdSequence cache 100000;
