package org.preau.feeds;

import java.util.Collections;
import java.util.List;

/**
 * What a read went through: the files, named as in error messages, in the order they were read, and how many records
 * they held.
 */
public final class FeedReadReport {

	public FeedReadReport(List<String> files, long records) {
		_files = Collections.unmodifiableList(List.copyOf(files));
		_records = records;
	}

	public List<String> files() {
		return _files;
	}

	public long records() {
		return _records;
	}

	@Override
	public String toString() {
		return _records + " records in " + _files.size() + " files";
	}

	private final List<String> _files;
	private final long _records;

}
