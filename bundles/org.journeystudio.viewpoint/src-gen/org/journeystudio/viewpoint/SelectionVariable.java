/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Selection Variable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A question a tool asks before it runs (label: the prompt): which of the candidates, and, when newElementLabel is set, the name of a new element. Binds name to the chosen elements (a list, maybe empty) and name + 'Name' to the typed name (empty when none).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.SelectionVariable#getCandidatesExpression <em>Candidates Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.SelectionVariable#isMultiple <em>Multiple</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.SelectionVariable#getNewElementLabel <em>New Element Label</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getSelectionVariable()
 * @model
 * @generated
 */
public interface SelectionVariable extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Candidates Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The elements offered, with the tool's variables bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Candidates Expression</em>' attribute.
	 * @see #setCandidatesExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getSelectionVariable_CandidatesExpression()
	 * @model
	 * @generated
	 */
	String getCandidatesExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.SelectionVariable#getCandidatesExpression <em>Candidates Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Candidates Expression</em>' attribute.
	 * @see #getCandidatesExpression()
	 * @generated
	 */
	void setCandidatesExpression(String value);

	/**
	 * Returns the value of the '<em><b>Multiple</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether several candidates may be chosen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multiple</em>' attribute.
	 * @see #setMultiple(boolean)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getSelectionVariable_Multiple()
	 * @model default="true"
	 * @generated
	 */
	boolean isMultiple();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.SelectionVariable#isMultiple <em>Multiple</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiple</em>' attribute.
	 * @see #isMultiple()
	 * @generated
	 */
	void setMultiple(boolean value);

	/**
	 * Returns the value of the '<em><b>New Element Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the question also offers a field of this label for the name of a new element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>New Element Label</em>' attribute.
	 * @see #setNewElementLabel(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getSelectionVariable_NewElementLabel()
	 * @model
	 * @generated
	 */
	String getNewElementLabel();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.SelectionVariable#getNewElementLabel <em>New Element Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>New Element Label</em>' attribute.
	 * @see #getNewElementLabel()
	 * @generated
	 */
	void setNewElementLabel(String value);

} // SelectionVariable
