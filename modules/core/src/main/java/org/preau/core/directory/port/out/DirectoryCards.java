package org.preau.core.directory.port.out;

import java.util.Optional;

import org.preau.core.directory.model.UserCard;

/**
 * Gathers what the directory knows of one person into their card.
 */
public interface DirectoryCards {

	Optional<UserCard> card(String externalId);

}
