/**
 * Copyright (c) Journey Studio contributors. Generated from journey.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.model.journey;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opportunity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An improvement the business could make, rated by impact and effort and tracked by status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.model.journey.Opportunity#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Opportunity#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Opportunity#getEffort <em>Effort</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Opportunity#getStatus <em>Status</em>}</li>
 *   <li>{@link org.journeystudio.model.journey.Opportunity#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.model.journey.JourneyPackage#getOpportunity()
 * @model
 * @generated
 */
public interface Opportunity extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' reference list.
	 * The list contents are of type {@link org.journeystudio.model.journey.PainPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The pain points the opportunity would relieve (JM103 warns when empty).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' reference list.
	 * @see org.journeystudio.model.journey.JourneyPackage#getOpportunity_Addresses()
	 * @model
	 * @generated
	 */
	EList<PainPoint> getAddresses();

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected benefit, from 1 (low) to 5 (high) (JM005).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see #setImpact(int)
	 * @see org.journeystudio.model.journey.JourneyPackage#getOpportunity_Impact()
	 * @model default="3"
	 * @generated
	 */
	int getImpact();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Opportunity#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(int value);

	/**
	 * Returns the value of the '<em><b>Effort</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expected cost to deliver, from 1 (low) to 5 (high) (JM005).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Effort</em>' attribute.
	 * @see #setEffort(int)
	 * @see org.journeystudio.model.journey.JourneyPackage#getOpportunity_Effort()
	 * @model default="3"
	 * @generated
	 */
	int getEffort();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Opportunity#getEffort <em>Effort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effort</em>' attribute.
	 * @see #getEffort()
	 * @generated
	 */
	void setEffort(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"IDEA"</code>.
	 * The literals are from the enumeration {@link org.journeystudio.model.journey.OpportunityStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the opportunity stands: idea, planned, in progress, done or discarded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.journeystudio.model.journey.OpportunityStatus
	 * @see #setStatus(OpportunityStatus)
	 * @see org.journeystudio.model.journey.JourneyPackage#getOpportunity_Status()
	 * @model default="IDEA"
	 * @generated
	 */
	OpportunityStatus getStatus();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Opportunity#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.journeystudio.model.journey.OpportunityStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(OpportunityStatus value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The team that drives the opportunity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Team)
	 * @see org.journeystudio.model.journey.JourneyPackage#getOpportunity_Owner()
	 * @model
	 * @generated
	 */
	Team getOwner();

	/**
	 * Sets the value of the '{@link org.journeystudio.model.journey.Opportunity#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Team value);

} // Opportunity
