/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Support Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Work of the organisation that supports a step, placed in a service blueprint lane.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.SupportAction#getLane <em>Lane</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.SupportAction#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getSupportAction()
 * @model
 * @generated
 */
public interface SupportAction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Lane</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.model.journey.BlueprintLane}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The blueprint lane: frontstage, backstage, support process or physical evidence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lane</em>' attribute.
	 * @see org.journeystudio.model.journey.BlueprintLane
	 * @see #setLane(BlueprintLane)
	 * @see org.journeystudio.model.journey.JourneyPackage#getSupportAction_Lane()
	 * @model
	 * @generated
	 */
	BlueprintLane getLane();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.SupportAction#getLane <em>Lane</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lane</em>' attribute.
	 * @see org.journeystudio.model.journey.BlueprintLane
	 * @see #getLane()
	 * @generated
	 */
	void setLane(BlueprintLane value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The team that performs the action.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Team)
	 * @see org.journeystudio.model.journey.JourneyPackage#getSupportAction_Owner()
	 * @model
	 * @generated
	 */
	Team getOwner();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.SupportAction#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Team value);

} // SupportAction
