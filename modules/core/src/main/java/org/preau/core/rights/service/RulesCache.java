package org.preau.core.rights.service;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built from the rights or messaging rules, kept while a {@link RulesWatch} sees no change: dropped here
 * after a change made on this node, rebuilt after one made on another.
 */
public final class RulesCache<T> {

	public RulesCache(RulesWatch rulesWatch, Supplier<T> loader) {
		_rulesWatch = Objects.requireNonNull(rulesWatch);
		_loader = Objects.requireNonNull(loader);
	}

	/**
	 * Forgets the value after a change made on this node.
	 */
	public void drop() {
		_entry = null;

		_rulesWatch.changed();
	}

	public T get() {

		// The mark is read before the value, so that a change recorded in between makes the next call build again

		String mark = _rulesWatch.mark();

		Entry<T> entry = _entry;

		if ((entry != null) && entry._mark.equals(mark)) {
			return entry._value;
		}

		T value = _loader.get();

		_entry = new Entry<>(mark, value);

		return value;
	}

	private volatile Entry<T> _entry;
	private final Supplier<T> _loader;
	private final RulesWatch _rulesWatch;

	private static final class Entry<T> {

		private Entry(String mark, T value) {
			_mark = mark;
			_value = value;
		}

		private final String _mark;
		private final T _value;

	}

}
