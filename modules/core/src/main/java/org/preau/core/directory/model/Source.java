package org.preau.core.directory.model;

/**
 * Where a piece of directory data comes from. A source owns what it brings: another source never overwrites it.
 */
public enum Source {

	AAF, SIECLE, STS, TIMETABLE, CSV, MANUAL

}
