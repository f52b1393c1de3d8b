package org.preau.feeds.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.preau.feeds.FeedException;

/**
 * One record of an XML feed held in memory with its sub-elements, such as a SIECLE {@code <ELEVE>} or an STS
 * {@code <INDIVIDU>}, with the place where it starts so that a problem found while mapping it can be located. Records
 * are small; {@link XmlRecords} bounds them so that one endless record cannot exhaust the memory that streaming saves.
 */
public final class XmlElement {

	/**
	 * The value of an attribute, trimmed, or null when it is missing or blank.
	 */
	public String attribute(String name) {
		return _blankToNull(_attributes.get(name));
	}

	/**
	 * The first child of that name, or null.
	 */
	public XmlElement child(String name) {
		for (XmlElement child : _children) {
			if (child._name.equals(name)) {
				return child;
			}
		}

		return null;
	}

	public List<XmlElement> children() {
		return Collections.unmodifiableList(_children);
	}

	/**
	 * The children of that name, in document order.
	 */
	public List<XmlElement> children(String name) {
		List<XmlElement> children = new ArrayList<>();

		for (XmlElement child : _children) {
			if (child._name.equals(name)) {
				children.add(child);
			}
		}

		return children;
	}

	public int column() {
		return _column;
	}

	/**
	 * A problem with this element, located where it starts.
	 */
	public FeedException error(String recordId, String problem) {
		return new FeedException(
			_source, _line, _column, recordId, problem, null);
	}

	public int line() {
		return _line;
	}

	public String name() {
		return _name;
	}

	public String source() {
		return _source;
	}

	/**
	 * The text of the element, trimmed, or null when blank.
	 */
	public String text() {
		return _blankToNull(_text.toString());
	}

	/**
	 * The text of the first child of that name, trimmed, or null when the child is missing or blank.
	 */
	public String text(String childName) {
		XmlElement child = child(childName);

		return (child == null) ? null : child.text();
	}

	/**
	 * The text of a child, or else the attribute of that name: feeds give the same code one way or the other
	 * ({@code <CODE>} in SIECLE, {@code CODE="..."} in STSweb).
	 */
	public String value(String name) {
		String value = text(name);

		return (value == null) ? attribute(name) : value;
	}

	XmlElement(String source, String name, int line, int column) {
		_source = source;
		_name = name;
		_line = line;
		_column = column;
	}

	void addAttribute(String name, String value) {
		_attributes.put(name, value);
	}

	void addChild(XmlElement child) {
		_children.add(child);
	}

	void appendText(char[] chars, int start, int length) {
		_text.append(chars, start, length);
	}

	private static String _blankToNull(String value) {
		if (value == null) {
			return null;
		}

		String trimmed = value.trim();

		return trimmed.isEmpty() ? null : trimmed;
	}

	private final Map<String, String> _attributes = new LinkedHashMap<>(4);
	private final List<XmlElement> _children = new ArrayList<>(4);
	private final int _column;
	private final int _line;
	private final String _name;
	private final String _source;
	private final StringBuilder _text = new StringBuilder(0);

}
