package org.preau.core.merges.port.in;

import java.util.Objects;

import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.Uai;

/**
 * Which person of an establishment absorbs which other, by their directory identifiers. Checks itself: two
 * identifiers, not the same.
 */
public final class MergeCommand {

	public MergeCommand(Uai uai, String survivorId, String absorbedId) {
		_uai = Objects.requireNonNull(uai, "uai");
		_survivorId = Names.require(survivorId, "person kept");
		_absorbedId = Names.require(absorbedId, "person merged");

		if (_survivorId.equals(_absorbedId)) {
			throw new IllegalArgumentException(
				"a person cannot be merged into themselves: " + _survivorId);
		}
	}

	public String absorbedId() {
		return _absorbedId;
	}

	public String survivorId() {
		return _survivorId;
	}

	@Override
	public String toString() {
		return _uai + " " + _absorbedId + " into " + _survivorId;
	}

	public Uai uai() {
		return _uai;
	}

	private final String _absorbedId;
	private final String _survivorId;
	private final Uai _uai;

}
