package org.preau.web.imports;

import java.nio.file.Path;
import java.util.List;

import org.preau.core.imports.model.DirectorySnapshot;

/**
 * Reads uploaded feed files into records. The host supplies it, so that the shared pages depend on no reader.
 */
@FunctionalInterface
public interface FeedFileReader {

	/**
	 * @throws FeedRefusedException if a file is malformed, hostile or of an unknown format; its message locates the
	 *         problem (file, line, column, record)
	 */
	DirectorySnapshot read(List<Path> files) throws FeedRefusedException;

}
