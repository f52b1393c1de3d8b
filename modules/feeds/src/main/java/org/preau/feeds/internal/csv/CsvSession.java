package org.preau.feeds.internal.csv;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.preau.core.directory.model.Group;
import org.preau.core.directory.model.LegalLevel;
import org.preau.core.directory.model.Names;
import org.preau.core.directory.model.ParentRelation;
import org.preau.core.directory.model.Person;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Source;
import org.preau.core.directory.model.StaffFunction;
import org.preau.core.directory.model.TeachingAssignment;
import org.preau.core.directory.model.Uai;
import org.preau.core.imports.model.ImportSink;
import org.preau.feeds.FeedException;
import org.preau.feeds.internal.FeedEntry;
import org.preau.feeds.internal.FeedSession;
import org.preau.feeds.internal.TextSource;

/**
 * One read of CSV files. Rows are handed over as they are read, except the parents': they are held until every file
 * is read, so that their children can be checked against the pupils of the read whatever the order of the files (a
 * school's parents, a few thousand rows). Groups are handed over at the end, with the classes of their pupils.
 */
final class CsvSession implements FeedSession {

	CsvSession(
		ImportSink importSink, boolean includeInChargePersons,
		Uai defaultUai) {

		_importSink = importSink;
		_includeInChargePersons = includeInChargePersons;
		_defaultUai = defaultUai;
	}

	@Override
	public void finish() throws FeedException {
		for (ParentRow parentRow : _parentRows) {
			_handParent(parentRow);
		}

		for (Map.Entry<String, Set<String>> entry : _groups.entrySet()) {
			String key = entry.getKey();

			int index = key.indexOf('$');

			_importSink.group(
				new Group(
					Uai.of(key.substring(0, index)), key.substring(index + 1),
					entry.getValue()));
		}
	}

	@Override
	public long read(FeedEntry feedEntry) throws FeedException {
		try (TextSource textSource = TextSource.open(feedEntry)) {
			BufferedReader bufferedReader = new BufferedReader(
				new LineBoundReader(textSource.reader()), 65536);

			char delimiter = _delimiter(feedEntry, textSource, bufferedReader);

			CsvFile csvFile = new CsvFile(
				feedEntry, CsvColumns.profile(feedEntry.name()));

			CSVParser csvParser;

			try {
				csvParser = CSVParser.parse(
					bufferedReader,
					CSVFormat.DEFAULT.builder(
					).setDelimiter(
						delimiter
					).setHeader(
					).setSkipHeaderRecord(
						true
					).setAllowMissingColumnNames(
						true
					).setDuplicateHeaderMode(
						DuplicateHeaderMode.ALLOW_ALL
					).setIgnoreEmptyLines(
						true
					).setTrim(
						true
					).get());
			}
			catch (IOException | RuntimeException exception) {
				throw _parseError(csvFile, textSource, exception, 1);
			}

			_columns(csvFile, csvParser.getHeaderNames());

			long count = 0;

			Iterator<CSVRecord> iterator = csvParser.iterator();

			while (true) {
				long line = csvParser.getCurrentLineNumber() + 1;

				CSVRecord csvRecord;

				try {
					if (!iterator.hasNext()) {
						break;
					}

					csvRecord = iterator.next();
				}
				catch (RuntimeException runtimeException) {
					throw _parseError(
						csvFile, textSource, runtimeException, line);
				}

				_row(csvFile, csvRecord, (int)Math.min(line, Integer.MAX_VALUE));

				count++;
			}

			return count;
		}
	}

	private static List<String> _split(String value) {
		List<String> values = new ArrayList<>();

		if (value == null) {
			return values;
		}

		for (String part : value.split("[|,]")) {
			String trimmed = part.trim();

			if (!trimmed.isEmpty()) {
				values.add(trimmed);
			}
		}

		return values;
	}

	private void _classSeen(Uai uai, String classCode, String mefCode) {
		if (_classes.add(_key(uai, classCode))) {
			_importSink.schoolClass(new SchoolClass(uai, classCode, mefCode));
		}
	}

	private void _columns(CsvFile csvFile, List<String> headers)
		throws FeedException {

		csvFile.headerSize = headers.size();

		for (int i = 0; i < headers.size(); i++) {
			String column = CsvColumns.column(headers.get(i));

			if (column.isEmpty()) {
				continue;
			}

			if (csvFile.columns.putIfAbsent(column, i) != null) {
				throw new FeedException(
					csvFile.feedEntry.source(), 1, i + 1, null,
					"column \"" + headers.get(i) + "\" repeats column \"" +
						headers.get(csvFile.columns.get(column)) + "\"",
					null);
			}
		}

		for (String required :
				new String[] {
					CsvColumns.ID, CsvColumns.LAST_NAME, CsvColumns.FIRST_NAME
				}) {

			if (!csvFile.columns.containsKey(required)) {
				throw new FeedException(
					csvFile.feedEntry.source(), 1, 1, null,
					"the header has no column \"" + required + "\"", null);
			}
		}

		if ((csvFile.profile == null) &&
			!csvFile.columns.containsKey(CsvColumns.PROFILE)) {

			throw new FeedException(
				csvFile.feedEntry.source(), 1, 1, null,
				"neither the file name (eleves.csv, parents.csv, " +
					"enseignants.csv, personnels.csv) nor a \"profil\" " +
						"column says the profile of the rows",
				null);
		}

		if ((_defaultUai == null) &&
			!csvFile.columns.containsKey(CsvColumns.UAI)) {

			throw new FeedException(
				csvFile.feedEntry.source(), 1, 1, null,
				"the header has no column \"uai\", and the read was given " +
					"no establishment",
				null);
		}
	}

	private char _delimiter(
			FeedEntry feedEntry, TextSource textSource,
			BufferedReader bufferedReader)
		throws FeedException {

		String header;

		try {
			bufferedReader.mark(_MAX_LINE_LENGTH + 1);

			header = bufferedReader.readLine();

			bufferedReader.reset();
		}
		catch (IOException ioException) {
			FeedException feedException = textSource.error(ioException, null);

			if (feedException != null) {
				throw feedException;
			}

			throw new FeedException(
				feedEntry.source(), 1, 1, null,
				"the header cannot be read: " + ioException.getMessage(),
				ioException);
		}

		if ((header == null) || header.trim().isEmpty()) {
			throw new FeedException(
				feedEntry.source(), 1, 1, null,
				"the file is empty: its first line must name the columns",
				null);
		}

		int semicolons = 0;
		int commas = 0;

		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);

			if (c == ';') {
				semicolons++;
			}
			else if (c == ',') {
				commas++;
			}
		}

		return (semicolons >= commas) ? ';' : ',';
	}

	private void _handParent(ParentRow parentRow) throws FeedException {
		Person person = parentRow.person;

		boolean pupilsKnown = _pupilSchools.contains(person.uai());

		for (ParentRelation relation : parentRow.relations) {
			if (pupilsKnown &&
				!_pupils.contains(_key(person.uai(), relation.pupilId()))) {

				throw parentRow.error(
					"column \"" + CsvColumns.CHILDREN + "\" names " +
						relation.pupilId() + ", who is not a pupil of the read");
			}
		}

		_importSink.person(person);

		for (ParentRelation relation : parentRow.relations) {
			_importSink.relation(relation);
		}
	}

	private String _key(Uai uai, String code) {
		return uai.value() + "$" + code;
	}

	private FeedException _parseError(
		CsvFile csvFile, TextSource textSource, Exception exception,
		long line) {

		FeedException feedException = textSource.error(exception, null);

		if (feedException != null) {
			return feedException;
		}

		Throwable cause = exception;

		if ((exception instanceof UncheckedIOException) &&
			(exception.getCause() != null)) {

			cause = exception.getCause();
		}

		return new FeedException(
			csvFile.feedEntry.source(), (int)Math.min(line, Integer.MAX_VALUE),
			1, null, "malformed CSV: " + cause.getMessage(), exception);
	}

	private void _row(CsvFile csvFile, CSVRecord csvRecord, int line)
		throws FeedException {

		Row row = new Row(csvFile, csvRecord, line);

		row.recordId = row.value(CsvColumns.ID);

		if (csvRecord.size() > csvFile.headerSize) {
			throw row.error(
				null,
				"the row has " + csvRecord.size() + " fields but the header " +
					"names " + csvFile.headerSize + " columns");
		}

		Profile profile = csvFile.profile;

		if (profile == null) {
			String value = row.require(CsvColumns.PROFILE);

			profile = CsvColumns.profile(value);

			if (profile == null) {
				throw row.error(
					CsvColumns.PROFILE,
					"\"" + value + "\" is not a profile (eleve, parent, " +
						"enseignant, personnel)");
			}
		}

		Uai uai = _uai(row);

		String id = row.require(CsvColumns.ID);

		Person.Builder builder = Person.builder(
		).externalId(
			id
		).profile(
			profile
		).source(
			Source.CSV
		).uai(
			uai
		).lastName(
			row.require(CsvColumns.LAST_NAME)
		).firstName(
			row.require(CsvColumns.FIRST_NAME)
		).birthDate(
			_birthDate(row)
		).email(
			row.value(CsvColumns.EMAIL)
		);

		try {
			if (profile == Profile.PUPIL) {
				_pupil(row, uai, builder);
			}
			else if (profile == Profile.PARENT) {
				_parent(row, builder.build());
			}
			else if (profile == Profile.TEACHER) {
				_teacher(row, uai, builder);
			}
			else {
				_staff(row, builder);
			}
		}
		catch (IllegalArgumentException illegalArgumentException) {
			throw row.error(null, illegalArgumentException.getMessage());
		}
	}

	private LocalDate _birthDate(Row row) throws FeedException {
		String value = row.value(CsvColumns.BIRTH_DATE);

		if (value == null) {
			return null;
		}

		try {
			return LocalDate.parse(value, _DATE_FORMATTER);
		}
		catch (DateTimeParseException dateTimeParseException) {
			throw row.error(
				CsvColumns.BIRTH_DATE,
				"\"" + value + "\" is not a date dd/MM/yyyy");
		}
	}

	private void _parent(Row row, Person person) throws FeedException {
		List<String> children = _split(row.value(CsvColumns.CHILDREN));

		if (children.isEmpty()) {
			throw row.error(
				CsvColumns.CHILDREN,
				"a parent needs the identifiers of their children");
		}

		String levelValue = row.value(CsvColumns.LEVEL);

		LegalLevel legalLevel = LegalLevel.LEGAL;

		if (levelValue != null) {
			try {
				legalLevel = LegalLevel.ofCode(Integer.parseInt(levelValue));
			}
			catch (IllegalArgumentException illegalArgumentException) {
				throw row.error(
					CsvColumns.LEVEL,
					"\"" + levelValue + "\" is not 1 (legal representative), " +
						"2 (person in charge) or 3 (contact)");
			}
		}

		if ((legalLevel == LegalLevel.CONTACT) ||
			((legalLevel == LegalLevel.IN_CHARGE) &&
			 !_includeInChargePersons)) {

			return;
		}

		List<ParentRelation> relations = new ArrayList<>();

		for (String pupilId : children) {
			relations.add(
				new ParentRelation(
					person.uai(), person.externalId(), pupilId, legalLevel,
					row.value(CsvColumns.KINSHIP)));
		}

		_parentRows.add(
			new ParentRow(
				row.csvFile.feedEntry.source(), row.line,
				row.column(CsvColumns.CHILDREN), person, relations));
	}

	private void _pupil(Row row, Uai uai, Person.Builder builder)
		throws FeedException {

		String classCode = row.value(CsvColumns.CLASS);

		builder.ine(
			row.value(CsvColumns.INE)
		).classCode(
			classCode
		);

		List<String> groupCodes = _split(row.value(CsvColumns.GROUPS));

		for (String groupCode : groupCodes) {
			builder.group(Names.require(groupCode, "group code"));
		}

		Person person = builder.build();

		if (classCode != null) {
			_classSeen(uai, classCode, row.value(CsvColumns.MEF));
		}

		for (String groupCode : groupCodes) {
			Set<String> classCodes = _groups.computeIfAbsent(
				_key(uai, groupCode), key -> new TreeSet<>());

			if (classCode != null) {
				classCodes.add(classCode);
			}
		}

		if (!_pupils.add(_key(uai, person.externalId()))) {
			throw row.error(
				CsvColumns.ID,
				"the pupil " + person.externalId() + " is listed twice");
		}

		_pupilSchools.add(uai);

		_importSink.person(person);
	}

	private void _staff(Row row, Person.Builder builder) throws FeedException {
		for (String value : _split(row.value(CsvColumns.FUNCTIONS))) {
			builder.function(CsvColumns.function(value));
		}

		_importSink.person(builder.build());
	}

	private void _teacher(Row row, Uai uai, Person.Builder builder)
		throws FeedException {

		builder.function(StaffFunction.ENS);

		Person person = builder.build();

		_importSink.person(person);

		List<String> subjects = _split(row.value(CsvColumns.SUBJECTS));

		Set<String> headOf = new LinkedHashSet<>(
			_split(row.value(CsvColumns.HEAD_OF)));

		Set<String> headed = new HashSet<>();

		for (String service : _split(row.value(CsvColumns.CLASSES))) {
			String[] parts = _service(row, CsvColumns.CLASSES, service, subjects);

			boolean headTeacher = headOf.contains(parts[0]);

			if (headTeacher) {
				headed.add(parts[0]);
			}

			_classSeen(uai, parts[0], null);

			_importSink.teachingAssignment(
				new TeachingAssignment(
					uai, person.externalId(), parts[0], false, parts[1],
					headTeacher));
		}

		for (String service : _split(row.value(CsvColumns.GROUPS))) {
			String[] parts = _service(row, CsvColumns.GROUPS, service, subjects);

			_groups.computeIfAbsent(
				_key(uai, parts[0]), key -> new TreeSet<>());

			_importSink.teachingAssignment(
				new TeachingAssignment(
					uai, person.externalId(), parts[0], true, parts[1],
					false));
		}

		for (String classCode : headOf) {
			if (headed.contains(classCode)) {
				continue;
			}

			if (subjects.isEmpty()) {
				throw row.error(
					CsvColumns.SUBJECTS,
					"a head teacher of " + classCode + " who teaches the " +
						"class nothing needs a subject");
			}

			_classSeen(uai, classCode, null);

			_importSink.teachingAssignment(
				new TeachingAssignment(
					uai, person.externalId(), classCode, false,
					subjects.get(0), true));
		}
	}

	/**
	 * A teacher's service is {@code CODE:SUBJECT}, or {@code CODE} for the teacher's first subject.
	 */
	private String[] _service(
			Row row, String column, String service, List<String> subjects)
		throws FeedException {

		int index = service.indexOf(':');

		if (index < 0) {
			if (subjects.isEmpty()) {
				throw row.error(
					column,
					"\"" + service + "\" names no subject, and the teacher " +
						"has no \"matieres\"");
			}

			return new String[] {service, subjects.get(0)};
		}

		String code = service.substring(0, index).trim();
		String subject = service.substring(index + 1).trim();

		if (code.isEmpty() || subject.isEmpty()) {
			throw row.error(
				column, "\"" + service + "\" is not CODE:SUBJECT");
		}

		return new String[] {code, subject};
	}

	private Uai _uai(Row row) throws FeedException {
		String value = row.value(CsvColumns.UAI);

		if (value == null) {
			if (_defaultUai == null) {
				throw row.error(CsvColumns.UAI, "the UAI is missing");
			}

			return _defaultUai;
		}

		if (!Uai.isValid(value)) {
			throw row.error(CsvColumns.UAI, "\"" + value + "\" is not a UAI");
		}

		return Uai.of(value);
	}

	private static final DateTimeFormatter _DATE_FORMATTER =
		DateTimeFormatter.ofPattern(
			"dd/MM/uuuu"
		).withResolverStyle(
			ResolverStyle.STRICT
		);

	/**
	 * Longer lines are refused: no row of a directory is that long, and a file of one endless line would otherwise be
	 * held whole.
	 */
	private static final int _MAX_LINE_LENGTH = 1 << 20;

	private final Set<String> _classes = new HashSet<>();
	private final Uai _defaultUai;
	private final Map<String, Set<String>> _groups = new LinkedHashMap<>();
	private final ImportSink _importSink;
	private final boolean _includeInChargePersons;
	private final List<ParentRow> _parentRows = new ArrayList<>();
	private final Set<String> _pupils = new HashSet<>();
	private final Set<Uai> _pupilSchools = new HashSet<>();

	private static final class CsvFile {

		CsvFile(FeedEntry feedEntry, Profile profile) {
			this.feedEntry = feedEntry;
			this.profile = profile;
		}

		final Map<String, Integer> columns = new HashMap<>();
		final FeedEntry feedEntry;
		int headerSize;
		final Profile profile;

	}

	/**
	 * Fails on a line longer than {@link #_MAX_LINE_LENGTH}, counting the characters since the last line break.
	 */
	private static final class LineBoundReader extends FilterReader {

		LineBoundReader(Reader reader) {
			super(reader);
		}

		@Override
		public int read() throws IOException {
			int c = super.read();

			if (c >= 0) {
				_count((char)c);
			}

			return c;
		}

		@Override
		public int read(char[] chars, int offset, int length)
			throws IOException {

			int n = super.read(chars, offset, length);

			for (int i = offset; i < (offset + n); i++) {
				_count(chars[i]);
			}

			return n;
		}

		private void _count(char c) throws IOException {
			if ((c == '\n') || (c == '\r')) {
				_length = 0;
			}
			else if (++_length > _MAX_LINE_LENGTH) {
				throw new IOException(
					"a line is longer than " + _MAX_LINE_LENGTH +
						" characters");
			}
		}

		private int _length;

	}

	private static final class ParentRow {

		ParentRow(
			String source, int line, int column, Person person,
			List<ParentRelation> relations) {

			this.source = source;
			this.line = line;
			this.column = column;
			this.person = person;
			this.relations = relations;
		}

		FeedException error(String problem) {
			return new FeedException(
				source, line, column, person.externalId(), problem, null);
		}

		final int column;
		final int line;
		final Person person;
		final List<ParentRelation> relations;
		final String source;

	}

	/**
	 * One row, with what locates its problems: the file, the line, the column and the record's identifier.
	 */
	private static final class Row {

		Row(CsvFile csvFile, CSVRecord csvRecord, int line) {
			this.csvFile = csvFile;
			this.csvRecord = csvRecord;
			this.line = line;
		}

		int column(String column) {
			Integer index = csvFile.columns.get(column);

			return (index == null) ? 1 : (index + 1);
		}

		FeedException error(String column, String problem) {
			return new FeedException(
				csvFile.feedEntry.source(), line,
				(column == null) ? 1 : column(column), recordId,
				(column == null) ? problem :
					"column \"" + column + "\": " + problem,
				null);
		}

		String require(String column) throws FeedException {
			String value = value(column);

			if (value == null) {
				throw error(column, "the value is missing");
			}

			return value;
		}

		String value(String column) {
			Integer index = csvFile.columns.get(column);

			if ((index == null) || (index >= csvRecord.size())) {
				return null;
			}

			String value = csvRecord.get(index);

			return ((value == null) || value.trim().isEmpty()) ? null :
				value.trim();
		}

		final CsvFile csvFile;
		final CSVRecord csvRecord;
		final int line;
		String recordId;

	}

}
