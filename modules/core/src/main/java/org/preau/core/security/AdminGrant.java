package org.preau.core.security;

import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Uai;

/**
 * A right to administer: the whole platform (académie, DANE), or one establishment.
 */
public final class AdminGrant {

	public static AdminGrant establishment(Uai uai) {
		return new AdminGrant(Objects.requireNonNull(uai));
	}

	/**
	 * Parses {@code platform} or {@code establishment:0310001A}.
	 */
	public static AdminGrant parse(String text) {
		if (PLATFORM_KEY.equals(text)) {
			return platform();
		}

		if ((text != null) && text.startsWith(_ESTABLISHMENT_PREFIX)) {
			return establishment(
				Uai.of(text.substring(_ESTABLISHMENT_PREFIX.length())));
		}

		throw new IllegalArgumentException("unknown grant \"" + text + "\"");
	}

	public static AdminGrant platform() {
		return _PLATFORM;
	}

	public boolean covers(Uai uai) {
		return (_uai == null) || _uai.equals(uai);
	}

	@Override
	public boolean equals(Object object) {
		return (object instanceof AdminGrant) &&
			Objects.equals(_uai, ((AdminGrant)object)._uai);
	}

	public Optional<Uai> establishment() {
		return Optional.ofNullable(_uai);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(_uai);
	}

	public boolean isPlatform() {
		return _uai == null;
	}

	@Override
	public String toString() {
		return (_uai == null) ? PLATFORM_KEY : _ESTABLISHMENT_PREFIX + _uai;
	}

	public static final String PLATFORM_KEY = "platform";

	private AdminGrant(Uai uai) {
		_uai = uai;
	}

	private static final String _ESTABLISHMENT_PREFIX = "establishment:";

	private static final AdminGrant _PLATFORM = new AdminGrant(null);

	private final Uai _uai;

}
