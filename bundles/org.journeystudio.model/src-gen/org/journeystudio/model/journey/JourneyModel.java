/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .journey file: the shared vocabulary (personas, channels, teams, evidence, metrics, opportunities) and the journeys that use it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.JourneyModel#getEmotionScale <em>Emotion Scale</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.JourneyModel#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.JourneyModel#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.JourneyModel#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.JourneyModel#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.JourneyModel#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.JourneyModel#getJourneys <em>Journeys</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.JourneyModel#getOpportunities <em>Opportunities</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel()
 * @model
 * @generated
 */
public interface JourneyModel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Emotion Scale</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scale on which every step's emotion is rated (by default -2..+2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Emotion Scale</em>' containment reference.
	 * @see #setEmotionScale(EmotionScale)
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel_EmotionScale()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EmotionScale getEmotionScale();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.JourneyModel#getEmotionScale <em>Emotion Scale</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emotion Scale</em>' containment reference.
	 * @see #getEmotionScale()
	 * @generated
	 */
	void setEmotionScale(EmotionScale value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The customers whose journeys this model maps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels through which customers interact with the business.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Teams</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Team}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The teams of the organisation that own steps, support actions and opportunities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Teams</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel_Teams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Team> getTeams();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The research the map is based on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The measures (NPS, CSAT, CES, rates, custom KPIs) that tell whether the experience improves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Journeys</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Journey}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The journeys mapped in this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Journeys</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel_Journeys()
	 * @model containment="true"
	 * @generated
	 */
	EList<Journey> getJourneys();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Opportunity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Improvement ideas that address pain points across journeys.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunities</em>' containment reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getJourneyModel_Opportunities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Opportunity> getOpportunities();

} // JourneyModel
