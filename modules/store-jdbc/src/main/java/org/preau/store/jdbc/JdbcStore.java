package org.preau.store.jdbc;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.preau.core.accounts.model.Account;
import org.preau.core.accounts.port.out.AccountHolders;
import org.preau.core.accounts.port.out.Accounts;
import org.preau.core.accounts.port.out.Distributions;
import org.preau.core.accounts.port.out.Guests;
import org.preau.core.accounts.port.out.LoginAllocations;
import org.preau.core.accounts.port.out.PersonLogins;
import org.preau.core.accounts.port.out.StoredCodes;
import org.preau.core.accounts.port.out.Suspensions;
import org.preau.core.audit.port.out.AuditLog;
import org.preau.core.common.Transactions;
import org.preau.core.directory.port.out.CountDirectory;
import org.preau.core.directory.port.out.Establishments;
import org.preau.core.directory.port.out.ImportRuns;
import org.preau.core.directory.port.out.Links;
import org.preau.core.directory.port.out.People;
import org.preau.core.directory.port.out.Structures;
import org.preau.core.imports.port.out.DirectoryInserts;
import org.preau.core.imports.port.out.DirectoryState;
import org.preau.core.imports.port.out.DirectoryUpdates;
import org.preau.core.merges.port.out.PersonMerges;
import org.preau.core.messaging.port.out.MessagingRulesStore;
import org.preau.core.rights.port.out.AccountGrants;
import org.preau.core.rights.port.out.Delegations;
import org.preau.core.rights.port.out.RightsHistory;
import org.preau.core.rights.port.out.RightsRulesStore;

/**
 * The core's output ports on one database, sharing one {@link Transactions}: every port called inside
 * {@code transactions().inTransaction(...)} writes through the same connection. The schema must be migrated first
 * ({@link Schema#migrate}, which {@link H2Database} does when it opens).
 */
public class JdbcStore {

	public JdbcStore(DataSource dataSource) {
		this(dataSource, Clock.systemUTC());
	}

	/**
	 * @param clock gives the creation and modification dates of the rows
	 */
	public JdbcStore(DataSource dataSource, Clock clock) {
		Objects.requireNonNull(clock);

		_transactions = new JdbcTransactions(dataSource);

		_accountHolders = new JdbcAccountHolders(_transactions);
		_accounts = new JdbcAccounts(_transactions, clock);
		_auditLog = new JdbcAuditLog(_transactions);
		_countDirectory = new JdbcCountDirectory(_transactions);
		_delegations = new JdbcDelegations(_transactions);
		_directoryState = new JdbcDirectoryState(_transactions);
		_directoryUpdates = new JdbcDirectoryUpdates(_transactions, clock);
		_distributions = new JdbcDistributions(_transactions);
		_establishments = new JdbcEstablishments(_transactions, clock);
		_guests = new JdbcGuests(_transactions);
		_importRuns = new JdbcImportRuns(_transactions);
		_links = new JdbcLinks(_transactions, clock);
		_messagingRules = new JdbcMessagingRules(_transactions);
		_people = new JdbcPeople(_transactions, clock);
		_personLogins = new JdbcPersonLogins(_transactions, clock);
		_rightsHistory = new JdbcRightsHistory(_transactions);
		_rightsRules = new JdbcRightsRules(_transactions);
		_personMerges = new JdbcPersonMerges(_transactions);
		_storedCodes = new JdbcStoredCodes(_transactions);
		_structures = new JdbcStructures(_transactions, clock);
		_suspensions = new JdbcSuspensions(_transactions);

		_directoryInserts = new JdbcDirectoryInserts(
			_transactions, clock, _people, _links);
	}

	/**
	 * The admin grants kept with each account.
	 */
	public AccountGrants accountGrants() {
		return login -> _accounts.find(
			login
		).map(
			Account::grants
		).orElse(
			Set.of()
		);
	}

	public AccountHolders accountHolders() {
		return _accountHolders;
	}

	public Accounts accounts() {
		return _accounts;
	}

	public AuditLog auditLog() {
		return _auditLog;
	}

	public CountDirectory countDirectory() {
		return _countDirectory;
	}

	public Delegations delegations() {
		return _delegations;
	}

	public DirectoryInserts directoryInserts() {
		return _directoryInserts;
	}

	public DirectoryState directoryState() {
		return _directoryState;
	}

	public DirectoryUpdates directoryUpdates() {
		return _directoryUpdates;
	}

	public Distributions distributions() {
		return _distributions;
	}

	public Establishments establishments() {
		return _establishments;
	}

	public Guests guests() {
		return _guests;
	}

	public ImportRuns importRuns() {
		return _importRuns;
	}

	public Links links() {
		return _links;
	}

	public LoginAllocations loginAllocations() {
		return _personLogins;
	}

	public MessagingRulesStore messagingRules() {
		return _messagingRules;
	}

	public People people() {
		return _people;
	}

	public PersonLogins personLogins() {
		return _personLogins;
	}

	public PersonMerges personMerges() {
		return _personMerges;
	}

	public RightsHistory rightsHistory() {
		return _rightsHistory;
	}

	public RightsRulesStore rightsRules() {
		return _rightsRules;
	}

	public StoredCodes storedCodes() {
		return _storedCodes;
	}

	public Structures structures() {
		return _structures;
	}

	public Suspensions suspensions() {
		return _suspensions;
	}

	public Transactions transactions() {
		return _transactions;
	}

	/**
	 * The company of the rows written in the Service Builder tables: the embedded host has a single one.
	 */
	public static final long COMPANY_ID = 0;

	private final AccountHolders _accountHolders;
	private final Accounts _accounts;
	private final AuditLog _auditLog;
	private final CountDirectory _countDirectory;
	private final Delegations _delegations;
	private final DirectoryInserts _directoryInserts;
	private final DirectoryState _directoryState;
	private final DirectoryUpdates _directoryUpdates;
	private final Distributions _distributions;
	private final Establishments _establishments;
	private final Guests _guests;
	private final ImportRuns _importRuns;
	private final JdbcLinks _links;
	private final MessagingRulesStore _messagingRules;
	private final JdbcPeople _people;
	private final JdbcPersonLogins _personLogins;
	private final PersonMerges _personMerges;
	private final RightsHistory _rightsHistory;
	private final RightsRulesStore _rightsRules;
	private final StoredCodes _storedCodes;
	private final Structures _structures;
	private final Suspensions _suspensions;
	private final JdbcTransactions _transactions;

}
