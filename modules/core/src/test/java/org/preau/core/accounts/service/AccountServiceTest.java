package org.preau.core.accounts.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.accounts.port.out.PasswordHasher;
import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.port.out.AuditLog;
import org.preau.core.audit.service.Auditor;
import org.preau.core.security.Actor;

public class AccountServiceTest {

	@Test
	public void givenEmptyStore_whenEnsured_thenPasswordGeneratedOnceAndOnlyItsHashStored() {
		Optional<String> password = _accountService.ensureAdministrator(
			"admin", Optional.empty());

		Assertions.assertTrue(password.isPresent());
		Assertions.assertEquals(16, password.get().length());
		Assertions.assertNotEquals(
			password.get(), _accounts.get("admin").passwordHash());
		Assertions.assertFalse(
			_accounts.get("admin").passwordHash().contains(password.get()));

		Assertions.assertTrue(
			_accountService.ensureAdministrator(
				"admin", Optional.empty()
			).isEmpty());

		for (AuditEvent auditEvent : _auditEvents) {
			Assertions.assertFalse(auditEvent.detail().contains(password.get()));
		}
	}

	@Test
	public void givenWrongPasswordOrUnknownLogin_thenDeniedAndAuditedWithoutThePassword() {
		_accountService.ensureAdministrator(
			"admin", Optional.of("the-right-password"));

		Assertions.assertTrue(
			_accountService.authenticate(
				"admin", "wrong-password".toCharArray()
			).isEmpty());
		Assertions.assertTrue(
			_accountService.authenticate(
				"nobody", "the-right-password".toCharArray()
			).isEmpty());
		Assertions.assertTrue(
			_accountService.authenticate(
				"<script>", "x".toCharArray()
			).isEmpty());

		Optional<Actor> actor = _accountService.authenticate(
			"admin", "the-right-password".toCharArray());

		Assertions.assertTrue(actor.get().isPlatformAdministrator());

		List<Outcome> outcomes = new ArrayList<>();

		for (AuditEvent auditEvent : _auditEvents) {
			if (auditEvent.action().equals(AccountService.ACTION_LOGIN)) {
				outcomes.add(auditEvent.outcome());

				Assertions.assertFalse(
					auditEvent.detail().contains("password-"), auditEvent.detail());
			}
		}

		Assertions.assertEquals(
			List.of(
				Outcome.DENIED, Outcome.DENIED, Outcome.DENIED, Outcome.SUCCESS),
			outcomes);
		Assertions.assertEquals(
			"(invalid login)", _auditEvents.get(_auditEvents.size() - 2).target());
	}

	@Test
	public void givenShortConfiguredPassword_thenRefusedAndNothingStored() {
		Assertions.assertThrows(
			IllegalArgumentException.class,
			() -> _accountService.ensureAdministrator(
				"admin", Optional.of("short")));
		Assertions.assertTrue(_accounts.isEmpty());
	}

	private final Map<String, Account> _accounts = new HashMap<>();

	private final List<AuditEvent> _auditEvents = new ArrayList<>();

	private final AccountService _accountService = new AccountService(
		new Accounts() {

			@Override
			public int count() {
				return _accounts.size();
			}

			@Override
			public Optional<Account> find(String login) {
				return Optional.ofNullable(_accounts.get(login));
			}

			@Override
			public void save(Account account) {
				_accounts.put(account.login(), account);
			}

		},
		new PasswordHasher() {

			@Override
			public String hash(char[] password) {
				return "reversed:" +
					new StringBuilder(new String(password)).reverse();
			}

			@Override
			public boolean matches(char[] password, String hash) {
				return hash.equals(hash(password));
			}

		},
		new Auditor(
			new AuditLog() {

				@Override
				public List<AuditEvent> latest(int limit) {
					return _auditEvents;
				}

				@Override
				public void record(AuditEvent event) {
					_auditEvents.add(event);
				}

			},
			Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC)),
		new SecureRandom());

}
