package org.preau.core.audit.port.out;

import java.util.List;

import org.preau.core.audit.model.AuditEvent;

/**
 * Where audit events are kept. Events are only ever appended.
 */
public interface AuditLog {

	/**
	 * Returns the most recent events, newest first.
	 */
	List<AuditEvent> latest(int limit);

	void record(AuditEvent event);

}
