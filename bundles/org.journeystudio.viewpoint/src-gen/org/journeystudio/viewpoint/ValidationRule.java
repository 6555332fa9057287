/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Validation Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A validation rule: every element of domainClass must satisfy conditionExpression; where it does not, a finding of the rule's severity says messageExpression. An expression that fails on an element is reported once per rule and never stops validation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.ValidationRule#getId <em>Id</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.ValidationRule#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.ValidationRule#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.ValidationRule#getConditionExpression <em>Condition Expression</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.ValidationRule#getMessageExpression <em>Message Expression</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.ViewpointPackage#getValidationRule()
 * @model
 * @generated
 */
public interface ValidationRule extends DocumentedElement {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule's stable code, with a prefix of the author's own (e.g. ACME001); the JM prefix is reserved for the language's rules.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getValidationRule_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ValidationRule#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.journeystudio.viewpoint.RuleSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.journeystudio.viewpoint.RuleSeverity
	 * @see #setSeverity(RuleSeverity)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getValidationRule_Severity()
	 * @model
	 * @generated
	 */
	RuleSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ValidationRule#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.journeystudio.viewpoint.RuleSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(RuleSeverity value);

	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The semantic class whose elements (and those of its subclasses) the rule checks, as Class or package::Class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getValidationRule_DomainClass()
	 * @model
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ValidationRule#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Condition Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). Must hold for self, each element of the domain class; where it is false, the rule reports the element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition Expression</em>' attribute.
	 * @see #setConditionExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getValidationRule_ConditionExpression()
	 * @model
	 * @generated
	 */
	String getConditionExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ValidationRule#getConditionExpression <em>Condition Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition Expression</em>' attribute.
	 * @see #getConditionExpression()
	 * @generated
	 */
	void setConditionExpression(String value);

	/**
	 * Returns the value of the '<em><b>Message Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Expression (JEXL 3). The message of a finding, e.g. 'touchpoint ' + self.name + ' has no owner team'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message Expression</em>' attribute.
	 * @see #setMessageExpression(String)
	 * @see org.journeystudio.viewpoint.ViewpointPackage#getValidationRule_MessageExpression()
	 * @model
	 * @generated
	 */
	String getMessageExpression();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.ValidationRule#getMessageExpression <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Expression</em>' attribute.
	 * @see #getMessageExpression()
	 * @generated
	 */
	void setMessageExpression(String value);

} // ValidationRule
