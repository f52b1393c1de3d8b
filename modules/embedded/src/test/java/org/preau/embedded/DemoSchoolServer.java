package org.preau.embedded;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.servlet.MultipartConfigElement;

import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.startup.Tomcat;

import org.preau.core.accounts.model.Account;
import org.preau.core.directory.model.Establishment;
import org.preau.core.directory.model.EstablishmentKind;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.AdminGrant;
import org.preau.embedded.internal.security.Pbkdf2PasswordHasher;

/**
 * The embedded runtime with the demo school, served over real HTTP by a Tomcat on a free port, beside a second
 * establishment whose administrator ({@code other.head}) signs in with the same password as {@code admin}: what the
 * tests of its pages over HTTP start from.
 */
final class DemoSchoolServer implements AutoCloseable {

	public static final Uai OTHER_UAI = Uai.of("0310002B");

	public static DemoSchoolServer start(Path dataDir, String password)
		throws Exception {

		Map<String, String> settings = new LinkedHashMap<>();

		settings.put("admin.password", password);
		settings.put("data", dataDir.toString());
		settings.put("demo", "true");

		PreauApplication preauApplication = PreauApplication.start(settings);

		try {
			return new DemoSchoolServer(preauApplication, dataDir, password);
		}
		catch (Exception exception) {
			preauApplication.close();

			throw exception;
		}
	}

	public URI baseUri() {
		return _baseUri;
	}

	@Override
	public void close() throws Exception {
		try {
			_tomcat.stop();
			_tomcat.destroy();
		}
		finally {
			_preauApplication.close();
		}
	}

	/**
	 * The hash of the password, for the accounts a test adds.
	 */
	public String passwordHash() {
		return _passwordHash;
	}

	public PreauApplication preauApplication() {
		return _preauApplication;
	}

	private DemoSchoolServer(
			PreauApplication preauApplication, Path dataDir, String password)
		throws Exception {

		_preauApplication = preauApplication;

		_passwordHash = new Pbkdf2PasswordHasher(
			new SecureRandom(), 1000
		).hash(
			password.toCharArray()
		);

		preauApplication.jdbcStore(
		).establishments(
		).save(
			new Establishment(
				OTHER_UAI, "Lycée Voisin", EstablishmentKind.LYCEE, "Albi")
		);
		preauApplication.jdbcStore(
		).accounts(
		).save(
			new Account(
				"other.head", "Other head", _passwordHash,
				Set.of(AdminGrant.establishment(OTHER_UAI)), true)
		);

		_tomcat = new Tomcat();

		_tomcat.setBaseDir(dataDir.resolve("tomcat").toString());
		_tomcat.setPort(0);

		Context context = _tomcat.addContext("", null);

		Wrapper wrapper = Tomcat.addServlet(
			context, "preau", preauApplication.servlet());

		Path uploads = Files.createDirectories(dataDir.resolve("uploads"));

		wrapper.setMultipartConfigElement(
			new MultipartConfigElement(uploads.toString()));

		context.addServletMappingDecoded("/*", "preau");

		_tomcat.getConnector();
		_tomcat.start();

		_baseUri = URI.create(
			"http://localhost:" + _tomcat.getConnector().getLocalPort() + "/");
	}

	private final URI _baseUri;
	private final String _passwordHash;
	private final PreauApplication _preauApplication;
	private final Tomcat _tomcat;

}
