package org.preau.core.rights.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.preau.core.directory.model.Uai;

/**
 * A level at which a person administers: the whole platform, an establishment by their own account's right, an
 * establishment by a delegation (local administrator, or the DANE until an end date), or a class they head where the
 * school lets head teachers administer their class.
 */
public final class AdminLevel {

	public static AdminLevel ofClass(Uai uai, String classCode) {
		return new AdminLevel(
			Kind.CLASS, Objects.requireNonNull(uai, "uai"),
			Objects.requireNonNull(classCode, "class code"), null);
	}

	public static AdminLevel ofDelegation(Delegation delegation) {
		return new AdminLevel(
			(delegation.kind() == Delegation.Kind.DANE) ? Kind.DANE :
				Kind.LOCAL_ADMINISTRATOR,
			delegation.uai(), null, delegation.until().orElse(null));
	}

	public static AdminLevel ofEstablishment(Uai uai) {
		return new AdminLevel(
			Kind.ESTABLISHMENT, Objects.requireNonNull(uai, "uai"), null, null);
	}

	public static AdminLevel platform() {
		return new AdminLevel(Kind.PLATFORM, null, null, null);
	}

	/**
	 * The class, for {@link Kind#CLASS}.
	 */
	public Optional<String> classCode() {
		return Optional.ofNullable(_classCode);
	}

	public Kind kind() {
		return _kind;
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder(_kind.key());

		if (_uai != null) {
			sb.append(' ');
			sb.append(_uai);
		}

		if (_classCode != null) {
			sb.append(' ');
			sb.append(_classCode);
		}

		if (_until != null) {
			sb.append(" until ");
			sb.append(_until);
		}

		return sb.toString();
	}

	/**
	 * The establishment administered, for every kind but {@link Kind#PLATFORM}.
	 */
	public Optional<Uai> uai() {
		return Optional.ofNullable(_uai);
	}

	/**
	 * When a delegation to the DANE lapses.
	 */
	public Optional<Instant> until() {
		return Optional.ofNullable(_until);
	}

	public enum Kind {

		PLATFORM, ESTABLISHMENT, LOCAL_ADMINISTRATOR, DANE, CLASS;

		public String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private AdminLevel(Kind kind, Uai uai, String classCode, Instant until) {
		_kind = kind;
		_uai = uai;
		_classCode = classCode;
		_until = until;
	}

	private final String _classCode;
	private final Kind _kind;
	private final Uai _uai;
	private final Instant _until;

}
