package org.preau.core.rights.model;

/**
 * What one person may do in one school, computed once from the matrix: each decision is then a bit test.
 */
public final class Permissions {

	public boolean allows(int cell) {
		return (_bits[cell >>> 6] & (1L << (cell & 63))) != 0;
	}

	Permissions(long[] bits) {
		_bits = bits;
	}

	private final long[] _bits;

}
