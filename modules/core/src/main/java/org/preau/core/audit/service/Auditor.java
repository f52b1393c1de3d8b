package org.preau.core.audit.service;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import org.preau.core.audit.model.AuditEvent;
import org.preau.core.audit.model.Outcome;
import org.preau.core.audit.port.out.AuditLog;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;

/**
 * Runs an admin action and records how it ended, whether it succeeded, was denied or failed.
 */
public class Auditor {

	public Auditor(AuditLog auditLog, Clock clock) {
		_auditLog = Objects.requireNonNull(auditLog);
		_clock = Objects.requireNonNull(clock);
	}

	public <T> T audit(
		Actor actor, String action, String target, Supplier<T> work) {

		try {
			T result = work.get();

			record(actor, action, target, Outcome.SUCCESS, "");

			return result;
		}
		catch (AccessDeniedException accessDeniedException) {
			record(
				actor, action, target, Outcome.DENIED,
				accessDeniedException.getMessage());

			throw accessDeniedException;
		}
		catch (RuntimeException runtimeException) {
			record(
				actor, action, target, Outcome.FAILURE,
				String.valueOf(runtimeException.getMessage()));

			throw runtimeException;
		}
	}

	public void record(
		Actor actor, String action, String target, Outcome outcome,
		String detail) {

		_auditLog.record(
			new AuditEvent(
				_clock.instant(), actor.login(), action, target, outcome,
				detail));
	}

	private final AuditLog _auditLog;
	private final Clock _clock;

}
