package org.preau.feeds.aaf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The six kinds of AAF files, in the order a reader takes them: the nomenclatures first, then pupils, whose records
 * say which responsible persons are legal representatives, then those persons, then the national education staff.
 */
public enum AafFileKind {

	ESTABLISHMENTS("EtabEducNat"), LEVELS("MefEducNat"),
	SUBJECTS("MatiereEducNat"), PUPILS("Eleve"), RELATIVES("PersRelEleve"),
	STAFF("PersEducNat");

	/**
	 * The name of a file of a complete export: {@code ENT_Complet_20260915_Eleve_0001.xml}.
	 */
	public static String completeFileName(
		String prefix, LocalDate exportDate, AafFileKind kind, int number) {

		return String.format(
			Locale.ROOT, "%s_Complet_%s_%s_%04d.xml", prefix,
			exportDate.format(DateTimeFormatter.BASIC_ISO_DATE),
			kind._fileToken, number);
	}

	/**
	 * Whether the name looks like any AAF file, complete or delta.
	 */
	public static boolean isAafFileName(String fileName) {
		return _FILE_NAME_PATTERN.matcher(fileName).matches();
	}

	/**
	 * Whether the name is the one of a delta export, which carries modifications rather than the whole directory.
	 */
	public static boolean isDeltaFileName(String fileName) {
		Matcher matcher = _FILE_NAME_PATTERN.matcher(fileName);

		return matcher.matches() && matcher.group(2).equals("Delta");
	}

	public static Optional<AafFileKind> ofFileName(String fileName) {
		Matcher matcher = _FILE_NAME_PATTERN.matcher(fileName);

		if (matcher.matches()) {
			for (AafFileKind kind : values()) {
				if (kind._fileToken.equals(matcher.group(4))) {
					return Optional.of(kind);
				}
			}
		}

		return Optional.empty();
	}

	/**
	 * The token that names the kind in file names, such as {@code Eleve}.
	 */
	public String fileToken() {
		return _fileToken;
	}

	private AafFileKind(String fileToken) {
		_fileToken = fileToken;
	}

	private static final Pattern _FILE_NAME_PATTERN = Pattern.compile(
		"(.+)_(Complet|Delta)_([0-9]{8})_(EtabEducNat|Eleve|PersRelEleve|" +
			"PersEducNat|MatiereEducNat|MefEducNat)_([0-9]+)\\.xml");

	private final String _fileToken;

}
