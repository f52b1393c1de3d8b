package org.preau.feeds.internal.aaf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.preau.feeds.FeedException;

/**
 * One {@code addRequest} of an AAF file: its identifier and its multi-valued attributes, with where it starts in the
 * file so that any problem found while mapping it can be located.
 */
final class AafRecord {

	AafRecord(String source, int line, int column) {
		_source = source;
		_line = line;
		_column = column;
	}

	void add(String name, String value) {
		_attributes.computeIfAbsent(
			name, key -> new ArrayList<>(1)
		).add(
			value
		);
	}

	List<String> all(String name) {
		List<String> values = _attributes.get(name);

		return (values == null) ? Collections.emptyList() : values;
	}

	FeedException error(String problem) {
		return error(problem, null);
	}

	FeedException error(String problem, Throwable cause) {
		return new FeedException(_source, _line, _column, id(), problem, cause);
	}

	String first(String name) {
		for (String value : all(name)) {
			if (!value.trim().isEmpty()) {
				return value.trim();
			}
		}

		return null;
	}

	/**
	 * The identifier of the record, or its jointure when the identifier is missing.
	 */
	String id() {
		if ((_id != null) && !_id.isEmpty()) {
			return _id;
		}

		String jointure = first("ENTPersonJointure");

		return (jointure == null) ? "" : jointure;
	}

	String require(String name) throws FeedException {
		String value = first(name);

		if (value == null) {
			throw error(name + " is missing");
		}

		return value;
	}

	void setId(String id) {
		_id = (id == null) ? null : id.trim();
	}

	private final Map<String, List<String>> _attributes = new LinkedHashMap<>();
	private final int _column;
	private String _id;
	private final int _line;
	private final String _source;

}
