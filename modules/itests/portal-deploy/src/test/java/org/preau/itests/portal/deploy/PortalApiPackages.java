package org.preau.itests.portal.deploy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The packages the portal exports, as release.portal.api holds them: every package with classes, at the version of
 * its {@code packageinfo} file or of the {@code @Version} annotation of its {@code package-info.class}. The jar has no
 * Export-Package header, so this is the closest stand-in for what the portal's module framework offers.
 */
public class PortalApiPackages {

	/**
	 * Returns the packages that hold classes in a jar.
	 */
	public static Set<String> packagesWithClasses(Path jar) {
		Set<String> packages = new TreeSet<>();

		try (ZipFile zipFile = new ZipFile(jar.toFile())) {
			Enumeration<? extends ZipEntry> entries = zipFile.entries();

			while (entries.hasMoreElements()) {
				String packageName = _packageOfClass(
					entries.nextElement().getName());

				if (packageName != null) {
					packages.add(packageName);
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		return packages;
	}

	/**
	 * Returns the packages of the API jar with their versions, leaving out those the framework exports itself.
	 */
	public static TreeMap<String, String> scan(
		Path apiJar, Set<String> excludedPackages) {

		TreeMap<String, String> versions = new TreeMap<>();

		try (ZipFile zipFile = new ZipFile(apiJar.toFile())) {
			Enumeration<? extends ZipEntry> entries = zipFile.entries();

			while (entries.hasMoreElements()) {
				String packageName = _packageOfClass(
					entries.nextElement().getName());

				if ((packageName != null) &&
					!excludedPackages.contains(packageName)) {

					versions.putIfAbsent(packageName, "0.0.0");
				}
			}

			for (String packageName : versions.keySet()) {
				String path = packageName.replace('.', '/');

				String version = _packageinfoVersion(
					zipFile, path + "/packageinfo");

				if (version == null) {
					version = _annotationVersion(
						zipFile, path + "/package-info.class");
				}

				if (version != null) {
					versions.put(packageName, version);
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		return versions;
	}

	/**
	 * Formats packages for {@code org.osgi.framework.system.packages.extra}.
	 */
	public static String toSystemPackages(TreeMap<String, String> versions) {
		List<String> clauses = new ArrayList<>();

		versions.forEach(
			(packageName, version) -> clauses.add(
				packageName + ";version=\"" + version + "\""));

		return String.join(",", clauses);
	}

	/**
	 * Reads the version of {@code @org.osgi.annotation.versioning.Version} (or bnd's older {@code @Version}) from the
	 * constant pool of a package-info class: the annotation is class-retained, so reflection cannot see it.
	 */
	private static String _annotationVersion(ZipFile zipFile, String name)
		throws IOException {

		ZipEntry zipEntry = zipFile.getEntry(name);

		if (zipEntry == null) {
			return null;
		}

		List<String> utf8s = new ArrayList<>();

		try (InputStream inputStream = zipFile.getInputStream(zipEntry)) {
			DataInputStream dataInputStream = new DataInputStream(
				new ByteArrayInputStream(inputStream.readAllBytes()));

			dataInputStream.readInt();
			dataInputStream.readUnsignedShort();
			dataInputStream.readUnsignedShort();

			int count = dataInputStream.readUnsignedShort();

			for (int i = 1; i < count; i++) {
				int tag = dataInputStream.readUnsignedByte();

				if (tag == 1) {
					utf8s.add(dataInputStream.readUTF());
				}
				else if ((tag == 5) || (tag == 6)) {
					dataInputStream.skipBytes(8);
					i++;
				}
				else if ((tag == 3) || (tag == 4) || (tag == 9) ||
						 (tag == 10) || (tag == 11) || (tag == 12) ||
						 (tag == 17) || (tag == 18)) {

					dataInputStream.skipBytes(4);
				}
				else if (tag == 15) {
					dataInputStream.skipBytes(3);
				}
				else {
					dataInputStream.skipBytes(2);
				}
			}
		}

		if (!utf8s.contains("Lorg/osgi/annotation/versioning/Version;") &&
			!utf8s.contains("LaQute/bnd/annotation/Version;")) {

			return null;
		}

		for (String utf8 : utf8s) {
			if (_VERSION_PATTERN.matcher(utf8).matches()) {
				return utf8;
			}
		}

		return null;
	}

	private static String _packageinfoVersion(ZipFile zipFile, String name)
		throws IOException {

		ZipEntry zipEntry = zipFile.getEntry(name);

		if (zipEntry == null) {
			return null;
		}

		try (InputStream inputStream = zipFile.getInputStream(zipEntry)) {
			Matcher matcher = _PACKAGEINFO_PATTERN.matcher(
				new String(inputStream.readAllBytes(), StandardCharsets.UTF_8));

			if (matcher.find()) {
				return matcher.group(1);
			}
		}

		return null;
	}

	private static String _packageOfClass(String entryName) {
		if (!entryName.endsWith(".class") ||
			entryName.startsWith("META-INF/") ||
			entryName.startsWith("OSGI-OPT/")) {

			return null;
		}

		int index = entryName.lastIndexOf('/');

		if (index < 0) {
			return null;
		}

		return entryName.substring(
			0, index
		).replace(
			'/', '.'
		);
	}

	private static final Pattern _PACKAGEINFO_PATTERN = Pattern.compile(
		"^\\s*version\\s+(\\d+(\\.\\d+){0,2}(\\.[\\w-]+)?)\\s*$",
		Pattern.MULTILINE);

	private static final Pattern _VERSION_PATTERN = Pattern.compile(
		"\\d+(\\.\\d+){0,2}(\\.[\\w-]+)?");

}
