/**
 * Sites: the plan's other physical objects on the map (technical-transformation and key projects, markets,
 * inspection centres, cogeneration plants, heating networks, investment-promotion stations in other cities), with
 * status, responsible unit and linked tasks, and the targets that count them.
 */
package org.actionmap.site;
