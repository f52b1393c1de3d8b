package org.preau.liferay.web.internal.configuration.admin.category;

import com.liferay.configuration.admin.category.ConfigurationCategory;

import org.osgi.service.component.annotations.Component;

/**
 * The "Préau" entry of System Settings, which holds {@code PreauConfiguration}.
 */
@Component(service = ConfigurationCategory.class)
public class PreauConfigurationCategory implements ConfigurationCategory {

	@Override
	public String getCategoryIcon() {
		return "users";
	}

	@Override
	public String getCategoryKey() {
		return "preau";
	}

	@Override
	public String getCategorySection() {
		return "platform";
	}

}
