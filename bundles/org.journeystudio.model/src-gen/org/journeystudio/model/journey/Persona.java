/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An archetypal customer, grounded in research: who they are, what they want and what gets in their way.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.Persona#getRole <em>Role</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Persona#getDemographics <em>Demographics</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Persona#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Persona#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Persona#getMotivations <em>Motivations</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Persona#getBehaviors <em>Behaviors</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Persona#getFrustrations <em>Frustrations</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Persona#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The persona's role or occupation, e.g. "Small business owner".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getPersona_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Persona#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Demographics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Age, location, household, income or other facts that characterise the persona.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Demographics</em>' attribute.
	 * @see #setDemographics(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getPersona_Demographics()
	 * @model
	 * @generated
	 */
	String getDemographics();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Persona#getDemographics <em>Demographics</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Demographics</em>' attribute.
	 * @see #getDemographics()
	 * @generated
	 */
	void setDemographics(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sentence in the persona's own words that sums up their attitude.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.journeystudio.model.journey.JourneyPackage#getPersona_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Persona#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the persona wants to achieve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' attribute list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getPersona_Goals()
	 * @model
	 * @generated
	 */
	EList<String> getGoals();

	/**
	 * Returns the value of the '<em><b>Motivations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the persona acts: needs, values and triggers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Motivations</em>' attribute list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getPersona_Motivations()
	 * @model
	 * @generated
	 */
	EList<String> getMotivations();

	/**
	 * Returns the value of the '<em><b>Behaviors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Habits and typical actions of the persona.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Behaviors</em>' attribute list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getPersona_Behaviors()
	 * @model
	 * @generated
	 */
	EList<String> getBehaviors();

	/**
	 * Returns the value of the '<em><b>Frustrations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What annoys or blocks the persona.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frustrations</em>' attribute list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getPersona_Frustrations()
	 * @model
	 * @generated
	 */
	EList<String> getFrustrations();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The research the persona is derived from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getPersona_Evidence()
	 * @model
	 * @generated
	 */
	EList<Evidence> getEvidence();

} // Persona
