<!DOCTYPE html>

<#include init />

<html class="${root_css_class}" dir="<@liferay.language key="lang.dir" />" lang="${w3c_language_id}">

<head>
	<title>${html_title}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />

	<@liferay_util["include"] page=top_head_include />
</head>

<body class="${css_class} preau-theme">

<@liferay_ui["quick-access"] contentId="#main-content" />

<@liferay_util["include"] page=body_top_include />

<@liferay.control_menu />

<div class="position-relative" id="wrapper">
	<header class="preau-topbar" id="banner" role="banner">
		<a class="preau-brand" href="${site_default_url}" title="<@liferay.language_format arguments="${site_name}" key="go-to-x" />">
			<img alt="" src="${site_logo}" />

			<span>Préau</span>

			<#if show_site_name>
				<span class="preau-site-name">${site_name}</span>
			</#if>
		</a>

		<div class="preau-user">
			<@liferay.user_personal_bar />
		</div>
	</header>

	<div class="preau-layout">
		<#if has_navigation && is_setup_complete>
			<#include "${full_templates_path}/navigation.ftl" />
		</#if>

		<main class="preau-main" id="content">
			<h1 class="sr-only">${the_title}</h1>

			<#if selectable>
				<@liferay_util["include"] page=content_include />
			<#else>
				${portletDisplay.recycle()}

				${portletDisplay.setTitle(the_title)}

				<@liferay_theme["wrap-portlet"] page="portlet.ftl">
					<@liferay_util["include"] page=content_include />
				</@>
			</#if>
		</main>
	</div>

	<footer class="preau-footer" id="footer" role="contentinfo">
		<p>
			<@liferay.language_format
				arguments='<a href="https://www.liferay.com" rel="external">Liferay</a>'
				key="powered-by-x"
			/>
		</p>
	</footer>
</div>

<@liferay_util["include"] page=body_bottom_include />

<@liferay_util["include"] page=bottom_include />

</body>

</html>
