package org.preau.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.preau.core.accounts.model.AccountHolder;
import org.preau.core.accounts.model.AccountScope;
import org.preau.core.accounts.model.MailedCredentials;
import org.preau.core.directory.model.Profile;
import org.preau.core.directory.model.Uai;
import org.preau.core.security.Actor;

/**
 * Credentials mailed to parents and self-service resets, through a real SMTP server (GreenMail).
 */
public class AccountMailTest {

	@AfterEach
	public void tearDown() {
		_preauApplication.close();
		_greenMail.stop();
	}

	@BeforeEach
	public void setUp() {
		_greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

		_greenMail.start();

		Map<String, String> settings = new HashMap<>();

		settings.put("data", _dataDir.toString());
		settings.put("accounts.ent.address", "https://ent.example.fr/");
		settings.put("mail.from", "ent@college.example.fr");
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put(
			"mail.smtp.port", String.valueOf(_greenMail.getSmtp().getPort()));

		_preauApplication = PreauApplication.start(settings);

		_classCode = _preauApplication.jdbcStore(
		).structures(
		).classes(
			_UAI
		).get(
			0
		).code();
	}

	@Test
	public void givenParentsOfAClass_whenMailed_thenEachParentWithAnAddressGetsAWorkingCode()
		throws Exception {

		AccountScope scope = AccountScope.ofClass(
			_UAI, Profile.PARENT, _classCode);

		List<AccountHolder> parents = _preauApplication.jdbcStore(
		).accountHolders(
		).inScope(
			scope
		);

		long withAddress = parents.stream(
		).filter(
			parent -> parent.email().isPresent()
		).count();

		assertTrue(withAddress > 0);

		MailedCredentials mailedCredentials =
			_preauApplication.credentialService().mailToParents(
				Actor.system(), scope);

		assertEquals(withAddress, mailedCredentials.mailed());
		assertEquals(
			parents.size() - withAddress, mailedCredentials.withoutAddress());

		MimeMessage[] messages = _greenMail.getReceivedMessages();

		assertEquals(withAddress, messages.length);

		AccountHolder parent = parents.stream(
		).filter(
			holder -> holder.email().isPresent()
		).findFirst(
		).get();

		MimeMessage message = _messageTo(messages, parent.email().get());

		assertEquals("Votre compte ENT", message.getSubject());

		String body = GreenMailUtil.getBody(message);

		assertTrue(body.contains("Identifiant : " + parent.login()), body);

		Matcher code = _CODE.matcher(body);

		assertTrue(code.find(), body);
		assertTrue(
			_preauApplication.credentialService().check(
				parent.login(), code.group().toCharArray()
			).mustChoosePassword());
	}

	@Test
	public void givenAdultAsksForAReset_thenALinkIsMailedThatLeadsToANewPassword_butPupilsGetNoMail()
		throws Exception {

		AccountHolder parent = _preauApplication.jdbcStore(
		).accountHolders(
		).inScope(
			AccountScope.ofClass(_UAI, Profile.PARENT, _classCode)
		).stream(
		).filter(
			holder -> holder.email().isPresent()
		).findFirst(
		).get();
		AccountHolder pupil = _preauApplication.jdbcStore(
		).accountHolders(
		).inScope(
			AccountScope.ofClass(_UAI, Profile.PUPIL, _classCode)
		).get(
			0
		);

		// Both get an account first, as the printed sheets give them

		_preauApplication.credentialService().issue(
			Actor.system(), AccountScope.ofClass(_UAI, Profile.PUPIL, _classCode));
		_preauApplication.credentialService().issue(
			Actor.system(),
			AccountScope.ofClass(_UAI, Profile.PARENT, _classCode));

		_preauApplication.credentialService().requestReset(pupil.login());
		_preauApplication.credentialService().requestReset("nobody.here");

		assertEquals(0, _greenMail.getReceivedMessages().length);

		_preauApplication.credentialService().requestReset(parent.login());

		MimeMessage message = _messageTo(
			_greenMail.getReceivedMessages(), parent.email().get());

		String body = GreenMailUtil.getBody(message);

		Matcher link = Pattern.compile(
			"https://ent\\.example\\.fr/password-reset/choose\\?\\S+"
		).matcher(
			body.replace("=\r\n", "").replace("=3D", "=")
		);

		assertTrue(link.find(), body);

		Map<String, String> query = new HashMap<>();

		for (String pair : URI.create(link.group()).getRawQuery().split("&")) {
			String[] keyValue = pair.split("=", 2);

			query.put(
				keyValue[0],
				URLDecoder.decode(keyValue[1], StandardCharsets.UTF_8));
		}

		assertEquals(parent.login(), query.get("login"));

		String token = query.get("token");

		assertFalse(
			_preauApplication.credentialService().activate(
				parent.login(), "WRONG-TOKEN".toCharArray(),
				"Nouveau-Passe-9".toCharArray()
			).isPresent());
		assertTrue(
			_preauApplication.credentialService().activate(
				parent.login(), token.toCharArray(),
				"Nouveau-Passe-9".toCharArray()
			).isPresent());
		assertTrue(
			_preauApplication.authenticate(
			).authenticate(
				parent.login(), "Nouveau-Passe-9".toCharArray()
			).isPresent());

		// The token is spent

		assertFalse(
			_preauApplication.credentialService().check(
				parent.login(), token.toCharArray()
			).mustChoosePassword());
	}

	private static MimeMessage _messageTo(
			MimeMessage[] messages, String address)
		throws Exception {

		for (MimeMessage message : messages) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				return message;
			}
		}

		throw new AssertionError("no mail to " + address);
	}

	private static final Pattern _CODE = Pattern.compile(
		"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");

	private static final Uai _UAI = Uai.of("0310001A");

	private String _classCode;

	@TempDir
	private Path _dataDir;

	private GreenMail _greenMail;
	private PreauApplication _preauApplication;

}
