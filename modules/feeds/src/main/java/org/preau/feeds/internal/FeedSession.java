package org.preau.feeds.internal;

import org.preau.feeds.FeedException;

/**
 * One read of the files of one format: it is handed the files in the format's order, then told that the read is over,
 * when it hands what it had to keep until then (groups whose classes are known only at the end, parents whose
 * children's state is known only once every pupil is read).
 */
public interface FeedSession {

	void finish() throws FeedException;

	/**
	 * Reads one file and hands its records to the sink.
	 *
	 * @return the number of records the file held
	 */
	long read(FeedEntry feedEntry) throws FeedException;

}
