package org.preau.core.imports.model;

import java.util.Objects;

import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.Source;

/**
 * How one source names a person: the AAF jointure, the SIECLE ELEVE_ID or PERSONNE_ID, the STS ID. The same person
 * may be known under one key per source.
 */
public final class SourceKey {

	public static SourceKey of(Source source, String id) {
		return new SourceKey(source, id);
	}

	@Override
	public boolean equals(Object object) {
		if (!(object instanceof SourceKey)) {
			return false;
		}

		SourceKey other = (SourceKey)object;

		return (_source == other._source) && _id.equals(other._id);
	}

	@Override
	public int hashCode() {
		return (31 * _source.hashCode()) + _id.hashCode();
	}

	public String id() {
		return _id;
	}

	public Source source() {
		return _source;
	}

	@Override
	public String toString() {
		return _source + ":" + _id;
	}

	private SourceKey(Source source, String id) {
		_source = Objects.requireNonNull(source, "source");
		_id = Names.require(id, "source identifier");
	}

	private final String _id;
	private final Source _source;

}
