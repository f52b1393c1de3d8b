package org.preau.feeds;

/**
 * A feed could not be read. The message locates the problem as precisely as the reader knows it:
 * {@code feed.zip!ENT_Complet_20260915_Eleve_0001.xml:123:45: record 1234567: ENTEleveClasses "X" is not UAI$CLASS}.
 * The administrator reads it in the import report, so it names the file as the académie sent it.
 */
public class FeedException extends Exception {

	public FeedException(
		String source, int line, int column, String recordId, String problem,
		Throwable cause) {

		super(_format(source, line, column, recordId, problem), cause);

		_source = (source == null) ? "" : source;
		_line = Math.max(line, 0);
		_column = Math.max(column, 0);
		_recordId = (recordId == null) ? "" : recordId;
		_problem = problem;
	}

	public FeedException(String source, String problem) {
		this(source, 0, 0, null, problem, null);
	}

	public FeedException(String source, String problem, Throwable cause) {
		this(source, 0, 0, null, problem, cause);
	}

	/**
	 * The column of the problem in the file, 0 when unknown.
	 */
	public int column() {
		return _column;
	}

	/**
	 * The line of the problem in the file, 0 when unknown.
	 */
	public int line() {
		return _line;
	}

	/**
	 * What went wrong, without its location.
	 */
	public String problem() {
		return _problem;
	}

	/**
	 * The identifier of the record at fault, empty when unknown.
	 */
	public String recordId() {
		return _recordId;
	}

	/**
	 * The file at fault, with the zip entry after a {@code !} when the file came zipped.
	 */
	public String source() {
		return _source;
	}

	private static String _format(
		String source, int line, int column, String recordId,
		String problem) {

		StringBuilder sb = new StringBuilder();

		if ((source != null) && !source.isEmpty()) {
			sb.append(source);

			if (line > 0) {
				sb.append(':');
				sb.append(line);

				if (column > 0) {
					sb.append(':');
					sb.append(column);
				}
			}

			sb.append(": ");
		}

		if ((recordId != null) && !recordId.isEmpty()) {
			sb.append("record ");
			sb.append(recordId);
			sb.append(": ");
		}

		sb.append(problem);

		return sb.toString();
	}

	private static final long serialVersionUID = 1L;

	private final int _column;
	private final int _line;
	private final String _problem;
	private final String _recordId;
	private final String _source;

}
