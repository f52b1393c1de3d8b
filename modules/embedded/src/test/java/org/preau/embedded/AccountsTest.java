package org.preau.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.IssuedCredential;
import org.preau.core.accounts.model.PasswordRefusedException;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.SchoolClass;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

/**
 * The accounts of the demo school, end to end on the embedded runtime: its real database, its command line, its
 * password hasher.
 */
public class AccountsTest {

	@AfterAll
	public static void tearDownClass() {
		Logger.getLogger("").removeHandler(_logCapture);

		_preauApplication.close();
	}

	@BeforeAll
	public static void setUpClass() {
		Logger.getLogger("").addHandler(_logCapture);

		Map<String, String> settings = new HashMap<>();

		settings.put("data", _dataDir.toString());
		settings.put("accounts.ent.address", "https://ent.example.fr/");

		_preauApplication = PreauApplication.start(settings);

		_classes = _preauApplication.jdbcStore().structures().classes(_UAI);
	}

	@Test
	public void givenAClassPrinted_thenOnePagePerPupilWithLoginAndCode_andOnlyHashesKept()
		throws Exception {

		String classCode = _classes.get(0).code();

		Path pdf = _dataDir.resolve("sheets.pdf");
		Path csv = _dataDir.resolve("sheets.csv");

		String output = _run(
			"credentials", "--uai", _UAI.value(), "--class", classCode, "--out",
			pdf.toString(), "--csv", csv.toString());

		List<AccountHolder> pupils = _holders(
			AccountScope.ofClass(_UAI, Profile.PUPIL, classCode));

		assertTrue(pupils.size() > 10);
		assertTrue(output.startsWith(pupils.size() + " credentials issued"));

		List<CSVRecord> records = _csv(csv);

		assertEquals(pupils.size(), records.size());

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(pupils.size(), document.getNumberOfPages());

			PDFTextStripper pdfTextStripper = new PDFTextStripper();

			for (int i = 0; i < pupils.size(); i++) {
				pdfTextStripper.setStartPage(i + 1);
				pdfTextStripper.setEndPage(i + 1);

				String page = pdfTextStripper.getText(document);

				assertTrue(page.contains(pupils.get(i).login()), page);
				assertTrue(page.contains(records.get(i).get("code")), page);
				assertTrue(page.contains("https://ent.example.fr/"), page);
				assertTrue(page.contains("Code d'activation"), page);
				assertEquals(pupils.get(i).login(), records.get(i).get("identifiant"));
			}
		}

		String everything = _dump();

		for (CSVRecord record : records) {
			String code = record.get("code");

			assertEquals(14, code.length());
			assertFalse(everything.contains(code));
			assertFalse(everything.contains(code.replace("-", "")));
		}

		assertTrue(everything.contains("Preau_CredentialDistribution".toUpperCase()));
		assertTrue(
			everything.contains(
				"| system | print | " + _UAI + " pupil class " + classCode + " | " +
					pupils.size()));
		_assertNotLogged(records);
	}

	@Test
	public void givenCodePrintedAgain_thenTheOldCodeIsRefusedAndTheNewOneActivates()
		throws Exception {

		String classCode = _classes.get(1).code();
		AccountScope scope = AccountScope.ofClass(_UAI, Profile.PUPIL, classCode);

		IssuedCredential first = _preauApplication.credentialService().issue(
			Actor.system(), scope).get(0);
		IssuedCredential second = _preauApplication.credentialService().issue(
			Actor.system(), scope).get(0);

		String login = first.holder().login();

		assertEquals(login, second.holder().login());
		assertFalse(
			_preauApplication.credentialService().check(
				login, first.secret().toCharArray()).mustChoosePassword());
		assertTrue(
			_preauApplication.credentialService().check(
				login, second.secret().toLowerCase().replace("-", " ").toCharArray()
			).mustChoosePassword());

		// A weak password is refused and the code stays valid; a good one activates the account and spends the code

		PasswordRefusedException passwordRefusedException = assertThrows(
			PasswordRefusedException.class,
			() -> _preauApplication.credentialService().activate(
				login, second.secret().toCharArray(), "short".toCharArray()));

		assertEquals("TOO_SHORT", passwordRefusedException.violation().name());

		assertFalse(
			_preauApplication.credentialService().activate(
				login, first.secret().toCharArray(),
				"Correct-Horse-42".toCharArray()
			).isPresent());
		assertEquals(
			Optional.of(login),
			_preauApplication.credentialService().activate(
				login, second.secret().toCharArray(),
				"Correct-Horse-42".toCharArray()
			).map(
				Actor::login
			));
		assertTrue(_signIn(login, "Correct-Horse-42"));
		assertFalse(
			_preauApplication.credentialService().check(
				login, second.secret().toCharArray()).mustChoosePassword());

		// Printing the class again keeps the chosen password; a reset removes it

		_preauApplication.credentialService().issue(Actor.system(), scope);

		assertTrue(_signIn(login, "Correct-Horse-42"));

		String output = _run("reset", "--login", login);

		assertTrue(output.startsWith(login + " "), output);
		assertFalse(_signIn(login, "Correct-Horse-42"));

		String code = output.split(" ")[1];

		assertTrue(
			_preauApplication.credentialService().check(
				login, code.toCharArray()).mustChoosePassword());
		assertFalse(_dump().contains(code));
	}

	@Test
	public void givenParentsOfAClass_thenEachParentWithTheClassOfTheirChild()
		throws Exception {

		String classCode = _classes.get(2).code();

		List<AccountHolder> parents = _holders(
			AccountScope.ofClass(_UAI, Profile.PARENT, classCode));

		assertFalse(parents.isEmpty());

		for (AccountHolder parent : parents) {
			assertEquals(Profile.PARENT, parent.profile());
			assertEquals(Optional.of(classCode), parent.classCode());
		}

		Path pdf = _dataDir.resolve("parents.pdf");

		_run(
			"credentials", "--uai", _UAI.value(), "--class", classCode,
			"--profile", "parent", "--grid", "--out", pdf.toString());

		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(
				(parents.size() + 7) / 8, document.getNumberOfPages());

			String text = new PDFTextStripper().getText(document);

			for (AccountHolder parent : parents) {
				assertTrue(text.contains(parent.login()), parent.login());
			}
		}
	}

	@Test
	public void givenDemoSchool_thenEveryPersonHasALoginOfThePolicy()
		throws Exception {

		try (Connection connection = _preauApplication.dataSource().getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(
				"select count(*), count(l.login), sum(case when regexp_like(" +
					"l.login, '^[a-z0-9-]+\\.[a-z0-9-]+[0-9]*$') then 1 else 0 " +
						"end) from Preau_Person p left join Preau_Login l on " +
							"l.externalId = p.externalId")) {

			resultSet.next();

			assertTrue(resultSet.getInt(1) > 1000);
			assertEquals(resultSet.getInt(1), resultSet.getInt(2));
			assertEquals(resultSet.getInt(1), resultSet.getInt(3));
		}
	}

	@Test
	public void givenTheDirectionOfTheSchool_thenAdministersItWhileTheDirectoryListsItThere()
		throws Exception {

		String headId;

		try (Connection connection = _preauApplication.dataSource().getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(
				"select p.externalId from Preau_Person p join " +
					"Preau_PersonFunction f on f.personId = p.personId " +
						"where f.functionCode = 'DIR' and p.uai = '" +
							_UAI.value() + "' order by p.externalId limit 1")) {

			assertTrue(resultSet.next());

			headId = resultSet.getString(1);
		}

		Actor signedIn = Actor.of(
			_preauApplication.jdbcStore().personLogins().loginOf(headId).get(),
			null, Set.of());

		Actor head = _preauApplication.requestActors().apply(signedIn);

		assertEquals(Set.of(AdminGrant.establishment(_UAI)), head.grants());
		assertFalse(head.isAdministratorOf(Uai.of("0330002B")));

		AccountHolder pupil = _holders(
			AccountScope.ofClass(_UAI, Profile.PUPIL, _classes.get(6).code())
		).get(
			0
		);

		assertEquals(
			pupil.login(),
			_preauApplication.credentialService().reset(
				head, pupil.login()
			).holder(
			).login());

		String teacherLogin = _holders(
			AccountScope.of(_UAI, Profile.TEACHER)
		).get(
			0
		).login();

		Actor teacher = _preauApplication.requestActors().apply(
			Actor.of(teacherLogin, null, Set.of()));

		AccountHolder parent = _holders(
			AccountScope.ofClass(_UAI, Profile.PARENT, _classes.get(6).code())
		).get(
			0
		);

		assertTrue(teacher.grants().isEmpty());
		assertThrows(
			AccessDeniedException.class,
			() -> _preauApplication.credentialService().reset(
				teacher, parent.login()));

		_setPersonState(headId, "SUSPENDED");

		try {
			Actor suspendedHead = _preauApplication.requestActors().apply(
				signedIn);

			assertTrue(suspendedHead.grants().isEmpty());
			assertThrows(
				AccessDeniedException.class,
				() -> _preauApplication.credentialService().reset(
					suspendedHead, pupil.login()));
		}
		finally {
			_setPersonState(headId, "ACTIVE");
		}
	}

	@Test
	public void givenNonAdministrators_thenEveryAccountActionIsDenied() {
		Uai otherSchool = Uai.of("0330002B");
		Actor otherAdmin = Actor.of(
			"other", null,
			Set.of(
				AdminGrant.establishment(otherSchool)));
		Actor pupil = Actor.of(
			_holders(AccountScope.of(_UAI, Profile.PUPIL)).get(0).login(), null,
			Set.of());

		AccountScope scope = AccountScope.ofClass(
			_UAI, Profile.PUPIL, _classes.get(3).code());
		String login = _holders(scope).get(0).login();

		for (Actor actor : List.of(otherAdmin, pupil)) {
			assertThrows(
				AccessDeniedException.class,
				() -> _preauApplication.credentialService().issue(actor, scope));
			assertThrows(
				AccessDeniedException.class,
				() -> _preauApplication.credentialService().resetAll(actor, scope));
			assertThrows(
				AccessDeniedException.class,
				() -> _preauApplication.credentialService().reset(actor, login));
			assertThrows(
				AccessDeniedException.class,
				() -> _preauApplication.credentialService().history(actor, _UAI, 10));
			assertThrows(
				AccessDeniedException.class,
				() -> _preauApplication.suspensionService().suspend(
					actor, login, "test", null));
			assertThrows(
				AccessDeniedException.class,
				() -> _preauApplication.suspensionService().suspendAll(
					actor, scope, "test", null));
		}
	}

	@Test
	public void givenTeacherOfTheClass_thenMayResetItsPupilsOnly() throws Exception {
		String teacherId;
		String classCode;

		try (Connection connection = _preauApplication.dataSource().getConnection();
			Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(
				"select teacherExternalId, structureCode from " +
					"Preau_TeachingAssignment where groupStructure = false " +
						"order by teacherExternalId, structureCode limit 1")) {

			assertTrue(resultSet.next());

			teacherId = resultSet.getString(1);
			classCode = resultSet.getString(2);
		}

		Actor teacher = Actor.of(
			_preauApplication.jdbcStore().personLogins().loginOf(teacherId).get(),
			null, Set.of());

		AccountHolder pupil = _holders(
			AccountScope.ofClass(_UAI, Profile.PUPIL, classCode)).get(0);

		IssuedCredential issued = _preauApplication.credentialService().reset(
			teacher, pupil.login());

		assertEquals(pupil.login(), issued.holder().login());

		String otherClass = null;

		for (SchoolClass schoolClass : _classes) {
			if (!_preauApplication.jdbcStore().accountHolders().teaches(
					teacherId, _UAI, schoolClass.code())) {

				otherClass = schoolClass.code();

				break;
			}
		}

		AccountHolder otherPupil = _holders(
			AccountScope.ofClass(_UAI, Profile.PUPIL, otherClass)).get(0);

		assertThrows(
			AccessDeniedException.class,
			() -> _preauApplication.credentialService().reset(
				teacher, otherPupil.login()));

		AccountHolder parent = _holders(
			AccountScope.ofClass(_UAI, Profile.PARENT, classCode)).get(0);

		assertThrows(
			AccessDeniedException.class,
			() -> _preauApplication.credentialService().reset(
				teacher, parent.login()));
	}

	@Test
	public void givenUserSuspended_thenCannotSignInUntilReactivated()
		throws Exception {

		AccountScope scope = AccountScope.ofClass(
			_UAI, Profile.PUPIL, _classes.get(4).code());

		IssuedCredential issued = _preauApplication.credentialService().issue(
			Actor.system(), scope).get(0);

		String login = issued.holder().login();

		_preauApplication.credentialService().activate(
			login, issued.secret().toCharArray(),
			"Tres-Bon-Passe-7".toCharArray());

		assertTrue(_signIn(login, "Tres-Bon-Passe-7"));

		_run("suspend", "--login", login, "--reason", "Exclusion temporaire");

		assertFalse(_signIn(login, "Tres-Bon-Passe-7"));

		_run("reactivate", "--login", login, "--reason", "Retour en classe");

		assertTrue(_signIn(login, "Tres-Bon-Passe-7"));

		String history = _dump();

		assertTrue(history.contains("| suspend | Exclusion temporaire |"), history);
		assertTrue(history.contains("| reactivate | Retour en classe |"), history);
	}

	@Test
	public void givenPersonSuspendedByTheDirectory_thenCannotSignInWhateverTheAccount()
		throws Exception {

		AccountScope scope = AccountScope.ofClass(
			_UAI, Profile.PUPIL, _classes.get(5).code());

		IssuedCredential issued = _preauApplication.credentialService().issue(
			Actor.system(), scope).get(0);

		String login = issued.holder().login();

		_preauApplication.credentialService().activate(
			login, issued.secret().toCharArray(),
			"Encore-Bon-Passe-8".toCharArray());

		assertTrue(_signIn(login, "Encore-Bon-Passe-8"));

		String externalId = _preauApplication.jdbcStore(
		).personLogins(
		).externalIdOf(
			login
		).orElseThrow();

		_setPersonState(externalId, "SUSPENDED");

		assertFalse(_signIn(login, "Encore-Bon-Passe-8"));

		_setPersonState(externalId, "DETACHED");

		assertTrue(
			_signIn(login, "Encore-Bon-Passe-8"),
			"a detached person signs in during the lifecycle's grace days");

		_setPersonState(externalId, "ACTIVE");

		assertTrue(_signIn(login, "Encore-Bon-Passe-8"));
	}

	private static void _assertNotLogged(List<CSVRecord> records) {
		StringBuilder logged = new StringBuilder();

		for (LogRecord logRecord : _logCapture.records()) {
			logged.append(logRecord.getMessage());
			logged.append(' ');
			logged.append(String.valueOf(logRecord.getThrown()));
		}

		for (CSVRecord record : records) {
			assertFalse(logged.toString().contains(record.get("code")));
		}
	}

	private static List<CSVRecord> _csv(Path csv) throws Exception {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			assertEquals('\ufeff', reader.read());

			return CSVFormat.DEFAULT.builder(
			).setHeader(
			).setSkipHeaderRecord(
				true
			).get(
			).parse(
				reader
			).getRecords();
		}
	}

	/**
	 * Every row of every table, as text.
	 */
	private static String _dump() throws Exception {
		StringBuilder sb = new StringBuilder();

		try (Connection connection = _preauApplication.dataSource().getConnection();
			Statement statement = connection.createStatement()) {

			List<String> tables = new ArrayList<>();

			try (ResultSet resultSet = statement.executeQuery(
					"select table_name from information_schema.tables where " +
						"table_schema = 'PUBLIC'")) {

				while (resultSet.next()) {
					tables.add(resultSet.getString(1));
				}
			}

			for (String table : tables) {
				try (PreparedStatement preparedStatement =
						connection.prepareStatement("select * from " + table);
					ResultSet resultSet = preparedStatement.executeQuery()) {

					ResultSetMetaData metaData = resultSet.getMetaData();

					while (resultSet.next()) {
						sb.append(table);

						for (int i = 1; i <= metaData.getColumnCount(); i++) {
							sb.append(" | ");
							sb.append(resultSet.getString(i));
						}

						sb.append('\n');
					}
				}
			}
		}

		return sb.toString();
	}

	private static List<AccountHolder> _holders(AccountScope scope) {
		return _preauApplication.jdbcStore().accountHolders().inScope(scope);
	}

	private static String _run(String... arguments) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int status = _preauApplication.commandLine(
			new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8)
		).apply(
			arguments
		);

		assertEquals(0, status, err.toString(StandardCharsets.UTF_8));

		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Sets a person's state as the imports' lifecycle does.
	 */
	private static void _setPersonState(String externalId, String state)
		throws Exception {

		try (Connection connection =
				_preauApplication.dataSource().getConnection();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"update Preau_Person set personState = ? where externalId = ?")) {

			preparedStatement.setString(1, state);
			preparedStatement.setString(2, externalId);

			assertEquals(1, preparedStatement.executeUpdate());
		}
	}

	private static boolean _signIn(String login, String password) {
		return _preauApplication.authenticate(
		).authenticate(
			login, password.toCharArray()
		).isPresent();
	}

	private static final Uai _UAI = Uai.of("0310001A");

	private static List<SchoolClass> _classes;

	@TempDir
	private static Path _dataDir;

	private static final LogCapture _logCapture = new LogCapture();
	private static PreauApplication _preauApplication;

	private static final class LogCapture extends Handler {

		@Override
		public void close() {
		}

		@Override
		public void flush() {
		}

		@Override
		public void publish(LogRecord logRecord) {
			synchronized (_records) {
				_records.add(logRecord);
			}
		}

		List<LogRecord> records() {
			synchronized (_records) {
				return new ArrayList<>(_records);
			}
		}

		private LogCapture() {
			setLevel(Level.ALL);
		}

		private final List<LogRecord> _records = new ArrayList<>();

	}

}
