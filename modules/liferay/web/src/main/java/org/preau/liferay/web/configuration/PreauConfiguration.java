package org.preau.liferay.web.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * The system settings of Préau in the portal. configs/ ships an example as
 * {@code org.preau.liferay.web.configuration.PreauConfiguration.config}.
 */
@ExtendedObjectClassDefinition(category = "preau")
@Meta.OCD(
	id = "org.preau.liferay.web.configuration.PreauConfiguration",
	localization = "content/Language", name = "preau-configuration-name"
)
public interface PreauConfiguration {

	/**
	 * The staff functions, as comma-separated codes, whose holders administer their own establishment while the
	 * directory lists them there as active; empty for none.
	 */
	@Meta.AD(
		deflt = "DIR", description = "administering-functions-help",
		name = "administering-functions", required = false
	)
	public String administeringFunctions();

	/**
	 * Whether the portal runs with demonstration data, so that pages can say so.
	 */
	@Meta.AD(
		deflt = "false", description = "demo-help", name = "demo",
		required = false
	)
	public boolean demo();

	/**
	 * The address users type to reach the ENT, as printed on credential sheets.
	 */
	@Meta.AD(
		deflt = "https://ent.example.org", description = "ent-address-help",
		name = "ent-address", required = false
	)
	public String entAddress();

	/**
	 * How many days a finished import task is kept at least, with its state and report; a task older than that goes
	 * unless it is among the latest tasks kept of one of its establishments.
	 */
	@Meta.AD(
		deflt = "30", description = "imports-retention-days-help",
		min = "0", name = "imports-retention-days", required = false
	)
	public int importsRetentionDays();

	/**
	 * How many of the latest import tasks of each establishment are kept, however old.
	 */
	@Meta.AD(
		deflt = "50", description = "imports-retention-jobs-help",
		min = "0", name = "imports-retention-jobs", required = false
	)
	public int importsRetentionJobs();

	/**
	 * The sender of the mails that give parents their codes. Empty: the instance's own sender (Instance Settings,
	 * Email, Email Sender). Codes are mailed only where a sender is known.
	 */
	@Meta.AD(
		deflt = "", description = "mail-from-address-help",
		name = "mail-from-address", required = false
	)
	public String mailFromAddress();

}
