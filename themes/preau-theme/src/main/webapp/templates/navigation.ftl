<nav aria-label="<@liferay.language key="site-pages" />" class="${nav_css_class} preau-nav" id="navigation">
	<ul>
		<#list nav_items as nav_item>
			<li class="${nav_item.isSelected()?then("selected", "")}" id="layout_${nav_item.getLayoutId()}">
				<a ${nav_item.isSelected()?then("aria-current=\"page\"", "")} href="${nav_item.getURL()}" ${nav_item.getTarget()}>${nav_item.getName()}</a>

				<#if nav_item.hasChildren()>
					<ul class="child-menu">
						<#list nav_item.getChildren() as nav_child>
							<li class="${nav_child.isSelected()?then("selected", "")}" id="layout_${nav_child.getLayoutId()}">
								<a ${nav_child.isSelected()?then("aria-current=\"page\"", "")} href="${nav_child.getURL()}" ${nav_child.getTarget()}>${nav_child.getName()}</a>
							</li>
						</#list>
					</ul>
				</#if>
			</li>
		</#list>
	</ul>
</nav>
