package org.preau.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The figures of one run, printed as the last line of the output, {@code RESULT name=NAME key=value ...}, for scripts
 * and CI to read. Keys keep the order they are put in; values never hold spaces, so the line splits on them.
 */
public final class BenchResult {

	public BenchResult(String name) {
		_values.put("name", _checked(name));
	}

	public BenchResult put(String key, double value, int decimals) {
		return put(
			key,
			BigDecimal.valueOf(
				value
			).setScale(
				decimals, RoundingMode.HALF_UP
			).toPlainString());
	}

	public BenchResult put(String key, long value) {
		return put(key, String.valueOf(value));
	}

	public BenchResult put(String key, String value) {
		_values.put(_checked(key), _checked(value));

		return this;
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder("RESULT");

		for (Map.Entry<String, String> entry : _values.entrySet()) {
			sb.append(' ');
			sb.append(entry.getKey());
			sb.append('=');
			sb.append(entry.getValue());
		}

		return sb.toString();
	}

	public Map<String, String> values() {
		return Collections.unmodifiableMap(_values);
	}

	private static String _checked(String token) {
		if ((token == null) || !_TOKEN.matcher(token).matches()) {
			throw new IllegalArgumentException(
				"\"" + token + "\" cannot be a key or value of a RESULT line");
		}

		return token;
	}

	private static final Pattern _TOKEN = Pattern.compile("[A-Za-z0-9_.,:+-]+");

	private final Map<String, String> _values = new LinkedHashMap<>();

}
