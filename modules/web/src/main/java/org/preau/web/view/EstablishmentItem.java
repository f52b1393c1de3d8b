package org.preau.web.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.preau.core.directory.model.Establishment;

/**
 * An establishment as lists and selectors show it.
 */
public class EstablishmentItem {

	public static List<EstablishmentItem> of(List<Establishment> establishments) {
		List<EstablishmentItem> items = new ArrayList<>(establishments.size());

		for (Establishment establishment : establishments) {
			items.add(
				new EstablishmentItem(
					establishment.uai().value(), establishment.name(),
					establishment.city()));
		}

		return Collections.unmodifiableList(items);
	}

	public String getCity() {
		return _city;
	}

	public String getName() {
		return _name;
	}

	public String getUai() {
		return _uai;
	}

	private EstablishmentItem(String uai, String name, String city) {
		_uai = uai;
		_name = name;
		_city = city;
	}

	private final String _city;
	private final String _name;
	private final String _uai;

}
