package org.preau.core.imports.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.preau.core.directory.model.DirectoryCounts;
import org.preau.core.directory.model.Profile;
import org.preau.core.imports.model.ActionKind;
import org.preau.core.imports.model.Anomaly;
import org.preau.core.imports.model.EstablishmentReport;
import org.preau.core.imports.model.ImportError;
import org.preau.core.imports.model.ImportReport;

/**
 * Writes an import report as JSON (RFC 8259) for machines:
 * {@code {"source":"aaf","dry_run":false,"establishments":[{"uai":"…","counts":{"pupils":n,"parents":n,"teachers":n,
 * "staff":n,"guests":n,"classes":n,"groups":n,"relations":n,"teaching_assignments":n},"actions":{"create":n,…},
 * "anomalies":[{"kind":"pupil_without_class","code":"pupil_without_class","arguments":["…"],"person":"…",
 * "message":"…"}]}],"nomenclature_actions":{…},
 * "errors":[{"uai":"…","message":"…"}]}}. Every action kind is listed, with 0 when none.
 */
public final class ImportReportJson {

	public static String toJson(ImportReport report) {
		StringBuilder sb = new StringBuilder(256);

		write(report, sb);

		return sb.toString();
	}

	/**
	 * Writes the reports of one job or command as the command line does: one run's report, or an array of the runs'
	 * reports when the feed held several sources.
	 */
	public static void write(
		List<ImportReport> reports, Appendable appendable) {

		if (reports.size() == 1) {
			write(reports.get(0), appendable);

			return;
		}

		try {
			appendable.append('[');

			for (int i = 0; i < reports.size(); i++) {
				if (i > 0) {
					appendable.append(',');
				}

				_write(reports.get(i), appendable);
			}

			appendable.append(']');
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	public static void write(ImportReport report, Appendable appendable) {
		try {
			_write(report, appendable);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	/**
	 * Appends a JSON string: quotes, backslashes and every control character escaped as RFC 8259 requires; also the
	 * line and paragraph separators and lone surrogates, which some readers choke on; and {@code <}, {@code >},
	 * {@code &}, so that the JSON can sit in an HTML page without closing its script element.
	 */
	static void string(String value, Appendable appendable) throws IOException {
		if (value == null) {
			appendable.append("null");

			return;
		}

		appendable.append('"');

		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);

			switch (c) {
				case '"':
					appendable.append("\\\"");

					break;
				case '\\':
					appendable.append("\\\\");

					break;
				case '\b':
					appendable.append("\\b");

					break;
				case '\f':
					appendable.append("\\f");

					break;
				case '\n':
					appendable.append("\\n");

					break;
				case '\r':
					appendable.append("\\r");

					break;
				case '\t':
					appendable.append("\\t");

					break;
				default:
					if ((c < 0x20) || (c == 0x7f) || (c == '\u2028') ||
						(c == '\u2029') || (c == '<') || (c == '>') ||
						(c == '&') || _loneSurrogate(value, i)) {

						_unicodeEscape(c, appendable);
					}
					else {
						appendable.append(c);
					}
			}
		}

		appendable.append('"');
	}

	private static void _actions(
			Map<ActionKind, Integer> actions, Appendable appendable)
		throws IOException {

		appendable.append('{');

		boolean first = true;

		for (ActionKind kind : ActionKind.values()) {
			if (!first) {
				appendable.append(',');
			}

			first = false;

			_number(kind.key(), actions.getOrDefault(kind, 0), appendable);
		}

		appendable.append('}');
	}

	private static void _anomaly(Anomaly anomaly, Appendable appendable)
		throws IOException {

		appendable.append('{');
		string("kind", appendable);
		appendable.append(':');
		string(anomaly.kind().key(), appendable);
		appendable.append(',');
		string("code", appendable);
		appendable.append(':');
		string(anomaly.code().key(), appendable);
		appendable.append(',');
		string("arguments", appendable);
		appendable.append(":[");

		for (int i = 0; i < anomaly.arguments().size(); i++) {
			if (i > 0) {
				appendable.append(',');
			}

			string(anomaly.arguments().get(i), appendable);
		}

		appendable.append("],");
		string("person", appendable);
		appendable.append(':');
		string(anomaly.personId().orElse(null), appendable);
		appendable.append(',');
		string("message", appendable);
		appendable.append(':');
		string(anomaly.message(), appendable);
		appendable.append('}');
	}

	private static void _counts(DirectoryCounts counts, Appendable appendable)
		throws IOException {

		appendable.append('{');
		_number("pupils", counts.people(Profile.PUPIL), appendable);
		appendable.append(',');
		_number("parents", counts.people(Profile.PARENT), appendable);
		appendable.append(',');
		_number("teachers", counts.people(Profile.TEACHER), appendable);
		appendable.append(',');
		_number("staff", counts.people(Profile.STAFF), appendable);
		appendable.append(',');
		_number("guests", counts.people(Profile.GUEST), appendable);
		appendable.append(',');
		_number("classes", counts.classes(), appendable);
		appendable.append(',');
		_number("groups", counts.groups(), appendable);
		appendable.append(',');
		_number("relations", counts.relations(), appendable);
		appendable.append(',');
		_number(
			"teaching_assignments", counts.teachingAssignments(), appendable);
		appendable.append('}');
	}

	private static void _error(ImportError error, Appendable appendable)
		throws IOException {

		appendable.append('{');
		string("uai", appendable);
		appendable.append(':');
		string(
			error.uai(
			).map(
				Object::toString
			).orElse(
				null
			),
			appendable);
		appendable.append(',');
		string("message", appendable);
		appendable.append(':');
		string(error.message(), appendable);
		appendable.append('}');
	}

	private static void _establishment(
			EstablishmentReport establishment, Appendable appendable)
		throws IOException {

		appendable.append('{');
		string("uai", appendable);
		appendable.append(':');
		string(establishment.uai().value(), appendable);
		appendable.append(',');
		string("counts", appendable);
		appendable.append(':');
		_counts(establishment.counts(), appendable);
		appendable.append(',');
		string("actions", appendable);
		appendable.append(':');
		_actions(establishment.actions(), appendable);
		appendable.append(',');
		string("anomalies", appendable);
		appendable.append(":[");

		boolean first = true;

		for (Anomaly anomaly : establishment.anomalies()) {
			if (!first) {
				appendable.append(',');
			}

			first = false;

			_anomaly(anomaly, appendable);
		}

		appendable.append("]}");
	}

	private static boolean _loneSurrogate(String value, int i) {
		char c = value.charAt(i);

		if (Character.isHighSurrogate(c)) {
			return ((i + 1) >= value.length()) ||
				!Character.isLowSurrogate(value.charAt(i + 1));
		}

		if (Character.isLowSurrogate(c)) {
			return (i == 0) || !Character.isHighSurrogate(value.charAt(i - 1));
		}

		return false;
	}

	private static void _number(String key, int value, Appendable appendable)
		throws IOException {

		string(key, appendable);
		appendable.append(':');
		appendable.append(Integer.toString(value));
	}

	private static void _unicodeEscape(char c, Appendable appendable)
		throws IOException {

		appendable.append("\\u");

		String hex = Integer.toHexString(c);

		for (int i = hex.length(); i < 4; i++) {
			appendable.append('0');
		}

		appendable.append(hex);
	}

	private static void _write(ImportReport report, Appendable appendable)
		throws IOException {

		appendable.append('{');
		string("source", appendable);
		appendable.append(':');
		string(
			report.source().name().toLowerCase(Locale.ROOT), appendable);
		appendable.append(',');
		string("dry_run", appendable);
		appendable.append(':');
		appendable.append(Boolean.toString(report.dryRun()));
		appendable.append(',');
		string("establishments", appendable);
		appendable.append(":[");

		boolean first = true;

		for (EstablishmentReport establishment : report.establishments()) {
			if (!first) {
				appendable.append(',');
			}

			first = false;

			_establishment(establishment, appendable);
		}

		appendable.append("],");
		string("nomenclature_actions", appendable);
		appendable.append(':');
		_actions(report.nomenclatureActions(), appendable);
		appendable.append(',');
		string("errors", appendable);
		appendable.append(":[");

		first = true;

		for (ImportError error : report.errors()) {
			if (!first) {
				appendable.append(',');
			}

			first = false;

			_error(error, appendable);
		}

		appendable.append("]}");
	}

	private ImportReportJson() {
	}

}
