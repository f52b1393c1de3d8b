package org.preau.store.jdbc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a merge changed, kept with it so that undoing it is exact: the rows it deleted (the absorbed person's row,
 * groups, functions and source keys, and the links that the survivor already had), column by column as the database
 * held them, and the rows it changed or added on the survivor's side.
 */
final class MergeChanges implements Serializable {

	static MergeChanges read(byte[] bytes) {
		try (ObjectInputStream objectInputStream = new ObjectInputStream(
				new ByteArrayInputStream(bytes))) {

			objectInputStream.setObjectInputFilter(_FILTER);

			return (MergeChanges)objectInputStream.readObject();
		}
		catch (ClassNotFoundException | IOException exception) {
			throw new StoreException(
				"unable to read what a merge changed", exception);
		}
	}

	void addDeletedRow(String table, Map<String, Object> row) {
		_deletedRows.computeIfAbsent(
			table, key -> new ArrayList<>()
		).add(
			new LinkedHashMap<>(row)
		);
	}

	byte[] bytes() {
		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		try (ObjectOutputStream objectOutputStream = new ObjectOutputStream(
				byteArrayOutputStream)) {

			objectOutputStream.writeObject(this);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		return byteArrayOutputStream.toByteArray();
	}

	/**
	 * The deleted rows by table, in the order they were deleted.
	 */
	Map<String, List<Map<String, Object>>> deletedRows() {
		return _deletedRows;
	}

	/**
	 * Group codes the survivor was given.
	 */
	final List<String> addedGroupCodes = new ArrayList<>();

	/**
	 * Function codes the survivor was given.
	 */
	final List<String> addedFunctionCodes = new ArrayList<>();

	/**
	 * Parent relations whose parent became the survivor.
	 */
	final List<Long> relationIdsAsParent = new ArrayList<>();

	/**
	 * Parent relations whose pupil became the survivor.
	 */
	final List<Long> relationIdsAsPupil = new ArrayList<>();

	/**
	 * Teaching assignments whose teacher became the survivor.
	 */
	final List<Long> teachingAssignmentIds = new ArrayList<>();

	private static final ObjectInputFilter _FILTER =
		ObjectInputFilter.Config.createFilter(
			MergeChanges.class.getName() +
				";java.lang.*;java.math.*;java.sql.*;java.time.*;" +
					"java.util.*;!*");

	private static final long serialVersionUID = 1L;

	private final Map<String, List<Map<String, Object>>> _deletedRows =
		new LinkedHashMap<>();

}
