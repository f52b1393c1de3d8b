package org.preau.core.directory.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import org.preau.core.audit.service.Auditor;
import org.preau.core.directory.model.DirectoryPage;
import org.preau.core.directory.model.DirectorySearch;
import org.preau.core.directory.model.Level;
import org.preau.core.directory.model.Subject;
import org.preau.core.directory.model.Uai;
import org.preau.core.directory.model.UserCard;
import org.preau.core.directory.port.in.SearchDirectory;
import org.preau.core.directory.port.out.DirectoryCards;
import org.preau.core.directory.port.out.SearchPeople;
import org.preau.core.security.AccessDeniedException;
import org.preau.core.security.Actor;
import org.preau.core.security.AdminGrant;

public class DirectorySearchService implements SearchDirectory {

	public DirectorySearchService(
		SearchPeople searchPeople, DirectoryCards directoryCards,
		Auditor auditor) {

		_searchPeople = Objects.requireNonNull(searchPeople);
		_directoryCards = Objects.requireNonNull(directoryCards);
		_auditor = Objects.requireNonNull(auditor);
	}

	@Override
	public UserCard card(Actor actor, String externalId) {
		return _auditor.audit(
			actor, CARD_ACTION, String.valueOf(externalId),
			() -> {

				// Denied before looking, so that whoever administers nothing cannot tell who exists

				_requireSomeAdministration(actor);

				UserCard userCard = _directoryCards.card(
					externalId
				).orElseThrow(
					() -> new NoSuchElementException(
						"nobody has the identifier " + externalId)
				);

				actor.requireAdministratorOf(userCard.person().uai());

				return userCard;
			});
	}

	@Override
	public Export export(Actor actor, DirectorySearch search) {
		DirectorySearch allowed = _auditor.audit(
			actor, EXPORT_ACTION, search.toString(),
			() -> _allowed(actor, search));

		return consumer -> _searchPeople.forEach(allowed, consumer);
	}

	@Override
	public List<Level> levels(Actor actor, Uai uai) {
		actor.requireAdministratorOf(uai);

		return _searchPeople.levels(uai);
	}

	@Override
	public DirectoryPage search(Actor actor, DirectorySearch search) {
		return _auditor.audit(
			actor, SEARCH_ACTION, search.toString(),
			() -> {
				DirectoryPage directoryPage = _searchPeople.search(
					_allowed(actor, search));

				// The page keeps the search as asked, so that its links do not name every administered establishment

				return new DirectoryPage(
					directoryPage.entries(), directoryPage.total(), search);
			});
	}

	@Override
	public List<Subject> subjectsTaught(Actor actor, Uai uai) {
		actor.requireAdministratorOf(uai);

		return _searchPeople.subjectsTaught(uai);
	}

	public static final String CARD_ACTION = "directory.card";

	public static final String EXPORT_ACTION = "directory.export";

	public static final String SEARCH_ACTION = "directory.search";

	/**
	 * The search as the actor may run it: every establishment it names must be one the actor administers; a search
	 * that names none covers all for a platform administrator, and the administered ones for anyone else.
	 */
	private DirectorySearch _allowed(Actor actor, DirectorySearch search) {
		_requireSomeAdministration(actor);

		if (!search.uais().isEmpty()) {
			for (Uai uai : search.uais()) {
				actor.requireAdministratorOf(uai);
			}

			return search;
		}

		if (actor.isPlatformAdministrator()) {
			return search;
		}

		Set<Uai> administered = new LinkedHashSet<>();

		for (AdminGrant grant : actor.grants()) {
			grant.establishment().ifPresent(administered::add);
		}

		return search.within(administered);
	}

	private void _requireSomeAdministration(Actor actor) {
		if (actor.grants().isEmpty()) {
			throw new AccessDeniedException(
				actor.login() + " administers no establishment");
		}
	}

	private final Auditor _auditor;
	private final DirectoryCards _directoryCards;
	private final SearchPeople _searchPeople;

}
