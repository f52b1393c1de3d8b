package org.preau.feeds.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.preau.feeds.FeedException;
import org.preau.feeds.FeedLimits;

/**
 * Walks what an administrator hands in (one file, a folder of files or a zip of them) and gives its files, in a
 * stable order, to a handler, enforcing the feed limits. A folder's sub-folders are searched too, as a feed often
 * comes as one folder per school; their files are named by their path from the folder handed in. Zip entries that
 * could escape a folder when unpacked by another tool ({@code ..}, absolute paths, drive letters) make the whole zip
 * suspect, so it is refused. In a folder, only regular files are read, not links, so that a feed cannot point the
 * reader at another file of the server.
 */
public final class FeedInputs {

	public interface EntryHandler {

		void handle(FeedEntry entry) throws FeedException;

	}

	public static void forEach(
			Path path, FeedLimits limits, Predicate<String> accepts,
			Comparator<String> order, EntryHandler handler)
		throws FeedException {

		forEach(path, limits, accepts, order, handler, new long[1]);
	}

	/**
	 * Walks the input as {@link #forEach(Path, FeedLimits, Predicate, Comparator, EntryHandler)} does, for a reader
	 * that walks it several times: {@code expanded} holds the bytes already taken from the zip by earlier walks, so
	 * that the zip's limit bounds them all.
	 */
	public static void forEach(
			Path path, FeedLimits limits, Predicate<String> accepts,
			Comparator<String> order, EntryHandler handler, long[] expanded)
		throws FeedException {

		String source = String.valueOf(path.getFileName());

		if (Files.isDirectory(path)) {
			_forEachInFolder(path, limits, accepts, order, handler);
		}
		else if (!Files.isRegularFile(path)) {
			throw new FeedException(source, "no such file or folder");
		}
		else if (_isZip(path, source)) {
			_forEachInZip(path, limits, accepts, order, handler, expanded);
		}
		else {
			handler.handle(_fileEntry(path, source, limits));
		}
	}

	private static void _collect(
			Path folder, int depth, FeedLimits limits,
			Predicate<String> accepts, List<Path> paths)
		throws FeedException, IOException {

		try (DirectoryStream<Path> directoryStream =
				Files.newDirectoryStream(folder)) {

			for (Path path : directoryStream) {
				if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) &&
					(depth < _MAX_FOLDER_DEPTH)) {

					_collect(path, depth + 1, limits, accepts, paths);
				}
				else if (Files.isRegularFile(
							path, LinkOption.NOFOLLOW_LINKS) &&
						 accepts.test(String.valueOf(path.getFileName()))) {

					paths.add(path);

					if (paths.size() > limits.maxZipEntries()) {
						throw new FeedException(
							String.valueOf(folder.getFileName()),
							"the folder holds more than " +
								limits.maxZipEntries() + " files");
					}
				}
			}
		}
	}

	private static FeedEntry _fileEntry(
			Path path, String source, FeedLimits limits)
		throws FeedException {

		String name = String.valueOf(path.getFileName());

		long size;

		try {
			size = Files.size(path);
		}
		catch (IOException ioException) {
			throw new FeedException(source, "cannot be read", ioException);
		}

		String limitDescription =
			"the file is larger than the limit of " + limits.maxFileBytes() +
				" bytes";

		if (size > limits.maxFileBytes()) {
			throw new FeedException(
				source, 1, 1, null, limitDescription, null);
		}

		return new FeedEntry(
			source, name, limits.maxFileBytes(), limitDescription,
			() -> new BufferedInputStream(Files.newInputStream(path), 65536));
	}

	private static void _forEachInFolder(
			Path folder, FeedLimits limits, Predicate<String> accepts,
			Comparator<String> order, EntryHandler handler)
		throws FeedException {

		List<Path> paths = new ArrayList<>();

		try {
			_collect(folder, 0, limits, accepts, paths);
		}
		catch (IOException ioException) {
			throw new FeedException(
				String.valueOf(folder.getFileName()), "cannot be listed",
				ioException);
		}

		if (paths.isEmpty()) {
			throw new FeedException(
				String.valueOf(folder.getFileName()),
				"the folder holds no feed file");
		}

		Comparator<Path> byName = Comparator.comparing(
			path -> String.valueOf(path.getFileName()), order);

		paths.sort(byName.thenComparing(Comparator.naturalOrder()));

		for (Path path : paths) {
			handler.handle(
				_fileEntry(
					path,
					folder.relativize(
						path
					).toString(
					).replace(
						'\\', '/'
					),
					limits));
		}
	}

	private static void _forEachInZip(
			Path path, FeedLimits limits, Predicate<String> accepts,
			Comparator<String> order, EntryHandler handler, long[] expanded)
		throws FeedException {

		String zipName = String.valueOf(path.getFileName());

		try (ZipFile zipFile = new ZipFile(path.toFile())) {
			List<ZipEntry> zipEntries = _zipEntries(
				zipFile, zipName, limits, accepts);

			zipEntries.sort(
				Comparator.comparing(
					zipEntry -> _nameOf(zipEntry.getName()), order));

			for (ZipEntry zipEntry : zipEntries) {
				long remaining = limits.maxZipBytes() - expanded[0];

				long limit = Math.min(limits.maxFileBytes(), remaining);

				String limitDescription =
					(limit == remaining) ?
						"the zip expands beyond the limit of " +
							limits.maxZipBytes() + " bytes" :
								"the file is larger than the limit of " +
									limits.maxFileBytes() + " bytes";

				FeedEntry feedEntry = new FeedEntry(
					zipName + "!" + zipEntry.getName(),
					_nameOf(zipEntry.getName()), limit, limitDescription,
					() -> new BufferedInputStream(
						zipFile.getInputStream(zipEntry), 65536));

				try {
					handler.handle(feedEntry);
				}
				finally {
					expanded[0] += feedEntry.bytesRead();
				}
			}
		}
		catch (ZipException zipException) {
			throw new FeedException(
				zipName, "is not a readable zip: " + zipException.getMessage(),
				zipException);
		}
		catch (IOException ioException) {
			throw new FeedException(zipName, "cannot be read", ioException);
		}
	}

	private static boolean _isUnsafe(String entryName) {
		if (entryName.startsWith("/") || entryName.startsWith("\\") ||
			entryName.contains(":") || (entryName.indexOf('\0') >= 0)) {

			return true;
		}

		for (String part : entryName.split("[/\\\\]")) {
			if (part.equals("..")) {
				return true;
			}
		}

		return false;
	}

	private static boolean _isZip(Path path, String source)
		throws FeedException {

		if (source.toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return true;
		}

		try (InputStream inputStream = Files.newInputStream(path)) {
			byte[] bytes = inputStream.readNBytes(4);

			return (bytes.length == 4) && (bytes[0] == 'P') &&
				(bytes[1] == 'K') && (bytes[2] == 3) && (bytes[3] == 4);
		}
		catch (IOException ioException) {
			throw new FeedException(source, "cannot be read", ioException);
		}
	}

	private static String _nameOf(String entryName) {
		int index = Math.max(
			entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));

		return entryName.substring(index + 1);
	}

	private static List<ZipEntry> _zipEntries(
			ZipFile zipFile, String zipName, FeedLimits limits,
			Predicate<String> accepts)
		throws FeedException {

		if (zipFile.size() > limits.maxZipEntries()) {
			throw new FeedException(
				zipName,
				"the zip holds more than " + limits.maxZipEntries() +
					" entries");
		}

		List<ZipEntry> zipEntries = new ArrayList<>();

		Enumeration<? extends ZipEntry> enumeration = zipFile.entries();

		int count = 0;

		while (enumeration.hasMoreElements()) {
			ZipEntry zipEntry = enumeration.nextElement();

			if (++count > limits.maxZipEntries()) {
				throw new FeedException(
					zipName,
					"the zip holds more than " + limits.maxZipEntries() +
						" entries");
			}

			if (_isUnsafe(zipEntry.getName())) {
				throw new FeedException(
					zipName + "!" + zipEntry.getName(),
					"the zip entry name leaves its folder (\"..\" or an " +
						"absolute path); the zip is refused");
			}

			if (zipEntry.isDirectory() ||
				!accepts.test(_nameOf(zipEntry.getName()))) {

				continue;
			}

			if (zipEntry.getSize() > limits.maxFileBytes()) {
				throw new FeedException(
					zipName + "!" + zipEntry.getName(), 1, 1, null,
					"the file is larger than the limit of " +
						limits.maxFileBytes() + " bytes",
					null);
			}

			zipEntries.add(zipEntry);
		}

		if (zipEntries.isEmpty()) {
			throw new FeedException(zipName, "the zip holds no feed file");
		}

		return zipEntries;
	}

	private FeedInputs() {
	}

	/**
	 * How deep a folder is searched: a feed arrives as a folder per school at most, and a link to a folder is never
	 * followed.
	 */
	private static final int _MAX_FOLDER_DEPTH = 4;

}
